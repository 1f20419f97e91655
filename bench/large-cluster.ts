import { spawnSync } from 'node:child_process';
import kafkajs from 'kafkajs';
import { ClusterCollector } from '@/lib/collector/cluster-collector';
import { createKafkaSource } from '@/lib/collector/kafka-source';
import { createDb } from '@/lib/store/client';
import { migrate } from '@/lib/store/migrate';
import { freshDatabase } from '@/test/support/database';
import { cluster, fill, PARTITIONS, SIZE, wipeLarge } from './large-fill';
import { summarise, type Summary } from './stats';

/**
 * Kafkascope beside Kafka's own tools on one large real cluster (issue "Scale"): the local 3-node
 * cluster filled with BENCH_TOPICS × 10 partitions (RF 3) and BENCH_GROUPS groups with commits on
 * BENCH_GROUP_TOPICS topics each, a little traffic while measuring. In one run, on the same
 * cluster at the same time:
 *   - whole-cluster metadata: Kafkascope's fetch vs `kcat -L -J`;
 *   - lag of all groups (metadata + groups + end offsets) vs `kafka-consumer-groups --describe --all-groups`;
 *   - one full collector tick (Kafka + analysis + store into Postgres): wall, CPU, RSS, phases.
 *
 *   DATABASE_URL=postgresql://… KAFKA_NODE_HEAP=1g npx tsx bench/large-cluster.ts [--keep]
 *
 * The cluster (ports BENCH_BASE_PORT, default 27092..27094; data in dev/.cache/) is kept with
 * --keep and found again by the next run, so filling it is paid once; without --keep it is wiped.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TICKS = Number(process.env.BENCH_TICKS ?? 12);
const keep = process.argv.includes('--keep');

/** Wall time of a command run `n` times, and whether each run succeeded. */
function timeCommand(cmd: string, args: string[], n: number): { times: number[]; bytes: number } {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
    times.push(performance.now() - t0);
    if (r.status !== 0) throw new Error(`${cmd} failed: ${(r.stderr || r.error?.message || '').split('\n')[0]}`);
    bytes = r.stdout.length;
  }
  return { times, bytes };
}

async function timeAsync(n: number, f: () => Promise<unknown>): Promise<{ times: number[]; cpu: number[] }> {
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < n; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await f();
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { times, cpu };
}

const rows: string[] = [];
const line = (what: string, ours: Summary, theirs?: Summary, extra = '') =>
  rows.push(`| ${what} | ${ours.min} / ${ours.p50} ms | ${theirs ? `${theirs.min} / ${theirs.p50} ms` : '–'} | ${theirs ? `${(ours.p50 / theirs.p50).toFixed(2)}× (${(theirs.p50 / ours.p50).toFixed(1)}× faster)` : '–'} | ${extra} |`);

await cluster.start();
const database = await freshDatabase();
let traffic: NodeJS.Timeout | undefined;
try {
  const kafka = new kafkajs.Kafka({ clientId: 'bench-large', brokers: cluster.brokers(), logLevel: kafkajs.logLevel.NOTHING });
  const names = await fill(kafka);
  const bootstrap = cluster.brokers().join(',');

  // Some traffic while measuring: 10 topics, a batch each second.
  const producer = kafka.producer();
  await producer.connect();
  traffic = setInterval(() => {
    void producer.sendBatch({ topicMessages: names.slice(0, 10).map((topic) => ({ topic, messages: Array.from({ length: 20 }, (_, k) => ({ partition: k % PARTITIONS, value: `t${k}` })) })) }).catch(() => undefined);
  }, 1000);

  const source = createKafkaSource({ id: 'bench', name: 'bench', brokers: cluster.brokers(), pollIntervalMs: 5000 });
  const meta = await source.fetchMetadata();
  const partitions = meta.topics.reduce((n, t) => n + t.partitions.length, 0);
  console.log(`cluster: ${meta.topics.length} topics, ${partitions} partitions, ${meta.brokers.length} brokers; load ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}`);

  // 1. Whole-cluster metadata.
  const ourMeta = await timeAsync(RUNS + 2, () => source.fetchMetadata());
  const kcat = timeCommand('kcat', ['-L', '-J', '-b', bootstrap], RUNS);
  line('whole-cluster metadata vs `kcat -L -J`', summarise('meta', ourMeta.times.slice(2)), summarise('kcat', kcat.times), `our CPU p50 ${summarise('cpu', ourMeta.cpu.slice(2)).p50} ms; kcat output ${Math.round(kcat.bytes / 1024)} KiB`);

  // 2. Lag of all groups: metadata + groups (list, describe, committed offsets) + end offsets.
  const ourLag = await timeAsync(RUNS, async () => {
    const m = await source.fetchMetadata();
    await Promise.all([source.groups(), source.listOffsets(m)]);
  });
  const cg = await (async () => {
    const times: number[] = [];
    for (let i = 0; i < Math.min(RUNS, 3); i++) {
      const t0 = performance.now();
      const r = await cluster.runTool('consumer-groups', ['--describe', '--all-groups']);
      times.push(performance.now() - t0);
      if (r.code !== 0) throw new Error(`kafka-consumer-groups failed: ${r.stderr.split('\n')[0]}`);
    }
    return times;
  })();
  line('lag of all groups vs `kafka-consumer-groups --describe --all-groups`', summarise('lag', ourLag.times), summarise('cg', cg), `our CPU p50 ${summarise('cpu', ourLag.cpu).p50} ms; ${SIZE.groups} groups`);
  await source.close();

  // 3. Full collector ticks into Postgres.
  await migrate(database.url);
  const db = createDb(database.url);
  const collector = new ClusterCollector({ id: 'bench', name: 'bench', brokers: cluster.brokers(), pollIntervalMs: 5000 }, { db, databaseUrl: database.url, createSource: createKafkaSource, log: () => undefined });
  const rss: number[] = [];
  const ticks = await timeAsync(TICKS, async () => {
    await collector.tick();
    rss.push(process.memoryUsage().rss / 2 ** 20);
  });
  const first = summarise('first', ticks.times.slice(0, 1));
  line('first collector tick (every config, every committed record peeked)', first, undefined, `CPU ${Math.round(ticks.cpu[0]!)} ms`);
  line(`later ticks (n=${TICKS - 1})`, summarise('ticks', ticks.times.slice(1)), undefined, `CPU p50 ${summarise('cpu', ticks.cpu.slice(1)).p50} ms; RSS ${Math.round(rss[0]!)} → ${Math.round(rss.at(-1)!)} MiB`);
  const polls = await db.pollRun.findMany({ where: { clusterId: 'bench' }, orderBy: { startedAt: 'asc' } });
  const phases = new Map<string, number[]>();
  for (const p of polls.slice(1)) for (const ph of p.phases as { name: string; ms: number }[]) phases.set(ph.name, [...(phases.get(ph.name) ?? []), ph.ms]);
  const phaseText = [...phases].map(([name, ms]) => `${name} ${summarise(name, ms).p50}`).join(', ');
  rows.push(`| phases of later ticks, p50 ms | ${phaseText} | | | statuses: ${[...new Set(polls.map((p) => p.status))].join(', ')} |`);
  await collector.stop();
  await db.$disconnect();

  console.log(`\n| measurement | Kafkascope min / p50 | peer tool min / p50 | ratio (p50) | notes |\n| --- | --- | --- | --- | --- |\n${rows.join('\n')}`);
  await producer.disconnect();
} finally {
  if (traffic) clearInterval(traffic);
  await database.drop();
  if (keep) await cluster.stop();
  else await wipeLarge();
}
