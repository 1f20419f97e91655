import { createDb } from '@/lib/store/client';
import { migrate } from '@/lib/store/migrate';
import { groupLagSeries } from '@/lib/views/group-lag-series';
import { listGroups } from '@/lib/views/groups';
import { overview } from '@/lib/views/overview';
import { listTopics } from '@/lib/views/topics';
import { topicThroughput } from '@/lib/views/topic-throughput';
import { throughput } from '@/lib/analysis/throughput';
import { freshDatabase } from '@/test/support/database';
import { measure } from './stats';

/**
 * Read models at scale: 5,000 topics × 6 partitions (30,000 partitions) for the topics list and
 * overview, and 30 days of lag for one group on 5 topics (hourly rollups + the last
 * BENCH_LAG_RAW_HOURS, 72, raw).
 * One topic's throughput: BENCH_OFFSET_HOURS (24) of end offsets of its 6 partitions at a 5 s
 * interval (103,680 rows a day, every one moving) and 30 days of 5-minute rollups, read as the
 * topic page reads them and, for comparison, read whole from the samples as before the rollups.
 * Then the group list at BENCH_GROUPS groups (500), each on 4 topics × 10 partitions with 30 minutes
 * of lag samples at a 5 s interval (the sparklines: 720,000 rows at 500 groups).
 * Targets: topics page p95 < 200 ms, overview p95 < 500 ms, 30-day lag chart p95 < 100 ms,
 * list APIs p95 ≤ 100 ms (issue 12).
 */
const TOPICS = Number(process.env.BENCH_TOPICS ?? 5000);
const GROUPS = Number(process.env.BENCH_GROUPS ?? 500);
const PARTS = 6;
// Hours of raw history seeded: lag samples of the one group (3 days) and end offsets of the one
// topic (a day). The CI smoke run makes them short; the recorded figures use the defaults.
const LAG_RAW_HOURS = Number(process.env.BENCH_LAG_RAW_HOURS ?? 72);
const OFFSET_HOURS = Number(process.env.BENCH_OFFSET_HOURS ?? 24);
const database = await freshDatabase();
try {
  await migrate(database.url);
  const db = createDb(database.url);
  const c = 'bench';
  const now = new Date();
  await db.cluster.create({ data: { id: c, name: c, reachable: true, controllerId: 1, lastPollAt: now } });
  await db.broker.createMany({ data: [1, 2, 3].map((id) => ({ clusterId: c, brokerId: id, host: 'h', port: 9091 + id, up: id !== 3, since: now, lastSeenAt: now, firstSeenAt: now })) });
  const t0 = performance.now();
  for (let i = 0; i < TOPICS; i += 1000) {
    const names = Array.from({ length: Math.min(1000, TOPICS - i) }, (_, j) => `topic-${String(i + j).padStart(5, '0')}`);
    await db.topic.createMany({
      data: names.map((name, j) => ({ clusterId: c, name, internal: false, partitionCount: PARTS, replicationFactor: j % 10 === 0 ? 1 : 3, configs: { minInsyncReplicas: 2 }, firstSeenAt: now, updatedAt: now,
        // as the collector would count them for the partitions below
        underReplicatedPartitions: j % 10 === 0 ? 0 : PARTS / 2, underMinIsrPartitions: j % 10 === 0 ? PARTS : 0 })),
    });
    await db.partitionState.createMany({
      data: names.flatMap((name, j) =>
        Array.from({ length: PARTS }, (_, p) => ({
          clusterId: c, topic: name, partition: p, leader: (p % 3) + 1, replicas: j % 10 === 0 ? [1] : [1, 2, 3],
          isr: j % 10 === 0 ? [1] : p % 2 === 0 ? [1, 2] : [1, 2, 3], offlineReplicas: [], startOffset: 0n, endOffset: BigInt(1000 * p), updatedAt: now,
        })),
      ),
    });
  }
  console.log(`seeded ${TOPICS} topics / ${TOPICS * PARTS} partitions in ${Math.round(performance.now() - t0)} ms (${database.kind} database)`);

  const day = 24 * 3600_000;
  const hours = 30 * 24;
  await db.lagRollup.createMany({
    data: Array.from({ length: 5 }, (_, t) => Array.from({ length: hours }, (_, h) => ({
      clusterId: c, groupId: 'g', topic: `topic-0000${t}`, bucket: new Date(Math.floor((now.getTime() - (hours - h) * 3600_000) / 3600_000) * 3600_000),
      maxLag: BigInt(h * 10), avgLag: h * 5, maxLagSeconds: h, samples: 720,
    }))).flat(),
  });
  const raw = Array.from({ length: LAG_RAW_HOURS * 720 }, (_, i) => i); // at a 5 s poll interval
  for (let i = 0; i < raw.length; i += 5000) {
    await db.lagSample.createMany({
      data: raw.slice(i, i + 5000).flatMap((k) => Array.from({ length: 5 }, (_, t) => ({ clusterId: c, groupId: 'g', topic: `topic-0000${t}`, at: new Date(now.getTime() - LAG_RAW_HOURS * 3600_000 + k * 5000), lag: BigInt(k), lagSeconds: k / 10 }))),
    });
  }
  await db.consumerGroup.create({ data: { clusterId: c, groupId: 'g', state: 'Stable', members: [], updatedAt: now } });
  const cfg = { id: c, name: c, brokers: ['h:1'], pollIntervalMs: 5000 };

  await measure('topics page 1 (50 of all)', 30, () => listTopics(db, c, { includeInternal: true, page: 1, pageSize: 50 }));
  await measure('topics page 40, filter under-replicated', 30, () => listTopics(db, c, { status: 'under-replicated', includeInternal: true, page: 40, pageSize: 50 }));
  await measure('topics search "0042"', 30, () => listTopics(db, c, { q: '0042', includeInternal: true, page: 1, pageSize: 50 }));
  await measure('topics filter rf1', 30, () => listTopics(db, c, { status: 'rf1', includeInternal: true, page: 1, pageSize: 50 }));
  await measure('overview (30,000 partitions)', 10, () => overview(db, cfg));
  await measure('group lag, 30 days (hourly rollups)', 30, () => groupLagSeries(db, c, 'g', new Date(now.getTime() - 30 * day), now));
  await measure('group lag, 6 hours (raw samples, auto step)', 30, () => groupLagSeries(db, c, 'g', new Date(now.getTime() - 6 * 3600_000), now));
  await measure('group lag, 1 hour (raw samples)', 30, () => groupLagSeries(db, c, 'g', new Date(now.getTime() - 3600_000), now));

  // One topic's throughput history.
  const busy = { name: 'topic-00001', lastWriteAt: now };
  const polls = OFFSET_HOURS * 720;
  for (let i = 0; i < polls; i += 2000) {
    await db.offsetSample.createMany({
      data: Array.from({ length: Math.min(2000, polls - i) }, (_, k) => i + k).flatMap((n) =>
        Array.from({ length: PARTS }, (_, p) => ({ clusterId: c, topic: busy.name, partition: p, at: new Date(now.getTime() - OFFSET_HOURS * 3600_000 + n * 5000), endOffset: BigInt(n * 50 + p) })),
      ),
    });
  }
  const buckets = 30 * 288;
  await db.throughputRollup.createMany({
    data: Array.from({ length: buckets }, (_, b) => ({ clusterId: c, topic: busy.name, bucket: new Date(Math.floor(now.getTime() / 300_000) * 300_000 - (buckets - 1 - b) * 300_000), messages: BigInt(b * 3), seconds: 300 })),
  });
  await db.$executeRawUnsafe('ANALYZE');
  const ago = (ms: number) => ({ from: new Date(now.getTime() - ms), to: now });
  await measure('topic throughput, 15 minutes (samples)', 30, () => topicThroughput(db, c, busy, ago(15 * 60_000), now.getTime()));
  await measure('topic throughput, 1 hour (samples)', 30, () => topicThroughput(db, c, busy, ago(3600_000), now.getTime()));
  await measure('topic throughput, 24 hours (5-minute rollups)', 30, () => topicThroughput(db, c, busy, ago(day), now.getTime()));
  await measure('topic throughput, 30 days (rollups, 45-minute steps)', 30, () => topicThroughput(db, c, busy, ago(30 * day), now.getTime()));
  await measure(`before: topic throughput, ${OFFSET_HOURS} hours from samples`, 10, async () =>
    throughput(await db.offsetSample.findMany({ where: { clusterId: c, topic: busy.name, at: { gte: ago(OFFSET_HOURS * 3600_000).from, lte: now } }, select: { partition: true, at: true, endOffset: true }, orderBy: { at: 'asc' } })),
  );

  // The group list: GROUPS groups, statuses spread, 4 topics × 10 partitions each.
  const STATUSES = ['OK', 'OK', 'OK', 'OK', 'WARN', 'ERR', 'STALL', 'STOP', null];
  const POLLS = 360; // 30 minutes at 5 s
  const t1 = performance.now();
  for (let i = 0; i < GROUPS; i += 50) {
    const ids = Array.from({ length: Math.min(50, GROUPS - i) }, (_, j) => i + j);
    await db.consumerGroup.createMany({
      data: ids.map((k) => ({
        clusterId: c, groupId: `group-${String(k).padStart(4, '0')}`, state: 'Stable', protocol: 'range', updatedAt: now, lagAt: now,
        members: Array.from({ length: 3 }, (_, m) => ({ memberId: `m-${k}-${m}`, clientId: 'app', clientHost: '/10.0.0.1', assignment: [] })),
        totalLag: BigInt(k * 37 % 5000), maxLagSeconds: (k * 13) % 900, status: STATUSES[k % STATUSES.length], statusReason: null,
        partitions: Array.from({ length: 40 }, (_, p) => ({ topic: `topic-0000${p % 4}`, partition: Math.floor(p / 4), committed: '100', end: '110', lag: '10', lagSeconds: 3, status: 'OK' })),
      })),
    });
    await db.consumerGroupTopic.createMany({
      data: ids.flatMap((k) => Array.from({ length: 4 }, (_, t) => ({ clusterId: c, groupId: `group-${String(k).padStart(4, '0')}`, topic: `topic-0000${t}`, partitions: 10, lag: 10n, status: 'OK', updatedAt: now }))),
    });
    await db.lagSample.createMany({
      data: ids.flatMap((k) =>
        Array.from({ length: POLLS }, (_, n) => Array.from({ length: 4 }, (_, t) => ({ clusterId: c, groupId: `group-${String(k).padStart(4, '0')}`, topic: `topic-0000${t}`, at: new Date(now.getTime() - (POLLS - n) * 5000), lag: BigInt((n + k) % 50), lagSeconds: 1 }))).flat(),
      ),
    });
  }
  await db.$executeRawUnsafe('ANALYZE');
  console.log(`seeded ${GROUPS} groups, ${GROUPS * POLLS * 4} lag samples in ${Math.round(performance.now() - t1)} ms`);
  await measure(`groups page 1 (50 of ${GROUPS}, worst first)`, 30, () => listGroups(db, c, {}, now.getTime()));
  await measure('groups page 5, sorted by lag', 30, () => listGroups(db, c, { page: 5, sort: { key: 'lag', order: 'desc' } }, now.getTime()));
  await measure('groups search "012", status WARN', 30, () => listGroups(db, c, { q: '012', status: 'WARN' }, now.getTime()));
  await measure('groups: top 5 behind (overview panel)', 30, () => listGroups(db, c, { behind: true, sort: { key: 'seconds', order: 'desc' }, pageSize: 5 }, now.getTime()));
  await measure(`groups: all ${GROUPS} on one page (pageSize ${GROUPS})`, 10, () => listGroups(db, c, { pageSize: GROUPS }, now.getTime()));
  await db.$disconnect();
} finally {
  await database.drop();
}
