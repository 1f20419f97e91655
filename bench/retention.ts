import pg from 'pg';
import { migrate } from '@/lib/store/migrate';
import { freshDatabase } from '@/test/support/database';
import { summarise } from './stats';

/**
 * The 10-minute prune of end-offset history at scale: BENCH_HOURS (2) of `offset_sample` at
 * BENCH_PARTITIONS (10,000) partitions polled every 5 s, every partition moving (1,000 topics × 10),
 * then the oldest 10 minutes deleted as lib/store/retention.ts deletes them — with the BRIN index
 * on `at` the migrations create, and without it (dropped in the same run), each delete rolled back
 * and repeated BENCH_RUNS (3) times. On Postgres at DATABASE_URL (a database of its own, dropped
 * after), else the embedded database.
 */
const HOURS = Number(process.env.BENCH_HOURS ?? 2);
const PARTITIONS = Number(process.env.BENCH_PARTITIONS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const database = await freshDatabase();
const c = new pg.Client({ connectionString: database.url });
try {
  await migrate(database.url);
  await c.connect();
  const polls = (HOURS * 3600) / 5;
  const t0 = performance.now();
  await c.query(
    `INSERT INTO offset_sample (cluster_id, topic, partition, at, end_offset)
     SELECT 'bench', 'topic-' || lpad((p / 10)::text, 5, '0'), p % 10, timestamp '2026-11-30 00:00' + n * interval '5 seconds', n * 10
     FROM generate_series(0, $1::int - 1) n, generate_series(0, $2::int - 1) p ORDER BY n, p`,
    [polls, PARTITIONS],
  );
  await c.query('VACUUM ANALYZE offset_sample');
  const size = (await c.query<{ s: string }>(`SELECT pg_size_pretty(pg_total_relation_size('offset_sample')) AS s`)).rows[0]!.s;
  console.log(`offset_sample (${database.kind} database): ${polls * PARTITIONS} rows (${HOURS} h × ${PARTITIONS} partitions every 5 s), ${size}, written in ${Math.round((performance.now() - t0) / 1000)} s`);
  // The statement applyRetention sends (Prisma's deleteMany), with the oldest 10 minutes past the cutoff.
  const prune = async () => {
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < RUNS; i++) {
      await c.query('BEGIN');
      const t = performance.now();
      const r = await c.query(`DELETE FROM offset_sample WHERE at < $1`, [new Date(Date.UTC(2026, 10, 30, 0, 10))]);
      times.push(performance.now() - t);
      rows = r.rowCount ?? 0;
      await c.query('ROLLBACK');
    }
    return { s: summarise('prune', times), rows };
  };
  const withBrin = await prune();
  await c.query('DROP INDEX offset_sample_at_idx');
  await c.query('ANALYZE offset_sample');
  const without = await prune();
  console.log(`\n| the 10-minute prune (${withBrin.rows} rows of ${polls * PARTITIONS}) | min ms | median ms | max ms |\n| --- | --- | --- | --- |`);
  console.log(`| with the BRIN index on at | ${withBrin.s.min} | ${withBrin.s.p50} | ${withBrin.s.max} |`);
  console.log(`| without (a sequential scan) | ${without.s.min} | ${without.s.p50} | ${without.s.max} |`);
  console.log(`ratio (median): ${(without.s.p50 / withBrin.s.p50).toFixed(1)}× faster with the index`);
} finally {
  await c.end().catch(() => undefined);
  await database.drop();
}
