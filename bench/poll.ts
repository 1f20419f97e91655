import kafkajs from 'kafkajs';
import { LocalCluster } from '@/dev/kafka/cluster';
import { ClusterCollector } from '@/lib/collector/cluster-collector';
import { createKafkaSource } from '@/lib/collector/kafka-source';
import { createDb } from '@/lib/store/client';
import { migrate } from '@/lib/store/migrate';
import { freshDatabase } from '@/test/support/database';
import { measure } from './stats';

/**
 * One collector poll (Kafka reads + analysis + storing) against the real local cluster with
 * BENCH_TOPICS × 10 partitions (RF 3) and BENCH_GROUPS consumer groups with commits.
 * Target: a poll well inside its 5 s interval (deadline 4 s) at 1,000 partitions — p95 < 1 s.
 */
const TOPICS = Number(process.env.BENCH_TOPICS ?? 100);
const GROUPS = Number(process.env.BENCH_GROUPS ?? 20);
const basePort = Number(process.env.BENCH_BASE_PORT ?? 28092);
const cluster = new LocalCluster({ basePort, dataDir: `dev/.cache/bench-cluster-${basePort}` });
await cluster.wipe();
await cluster.start();
const database = await freshDatabase();
try {
  const kafka = new kafkajs.Kafka({ clientId: 'bench', brokers: cluster.brokers(), logLevel: kafkajs.logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  const names = Array.from({ length: TOPICS }, (_, i) => `bench-${String(i).padStart(4, '0')}`);
  for (let i = 0; i < names.length; i += 25) {
    await admin.createTopics({ topics: names.slice(i, i + 25).map((topic) => ({ topic, numPartitions: 10, replicationFactor: 3 })), waitForLeaders: false });
  }
  await new Promise((r) => setTimeout(r, 5000)); // leaders elected; kafkajs' own wait is flaky on Kafka 4
  const producer = kafka.producer();
  await producer.connect();
  for (const topic of names) await producer.send({ topic, messages: Array.from({ length: 50 }, (_, i) => ({ partition: i % 10, value: `m${i}` })) });
  await producer.disconnect();
  for (let g = 0; g < GROUPS; g++) {
    const topic = names[g % names.length]!;
    await admin.setOffsets({ groupId: `bench-group-${g}`, topic, partitions: Array.from({ length: 10 }, (_, p) => ({ partition: p, offset: String(p % 5) })) }); // 5 messages each: all behind
  }
  console.log(`cluster: ${TOPICS} topics × 10 partitions, ${GROUPS} groups; history in a ${database.kind} database`);

  await migrate(database.url);
  const db = createDb(database.url);
  const collector = new ClusterCollector(
    { id: 'bench', name: 'bench', brokers: cluster.brokers(), pollIntervalMs: 5000 },
    { db, databaseUrl: database.url, createSource: createKafkaSource, log: () => undefined },
  );
  // The first poll reads everything: every config, and the record at each group's committed offset.
  const t0 = performance.now();
  await collector.tick();
  console.log(`first poll (full configs, ${GROUPS * 10} committed offsets peeked)`.padEnd(48) + ` ${Math.round(performance.now() - t0)} ms`);
  await measure(`poll + store (${TOPICS * 10} partitions)`, 20, () => collector.tick());
  await admin.disconnect();
  // Every poll's phases, the first included: its `timestamps` phase is the cost of reading the record at
  // each committed offset (later polls find them remembered while the offsets do not move).
  const polls = await db.pollRun.findMany({ where: { clusterId: 'bench' }, orderBy: { startedAt: 'desc' } });
  const phases = new Map<string, number[]>();
  for (const p of polls) for (const ph of p.phases as { name: string; ms: number }[]) phases.set(ph.name, [...(phases.get(ph.name) ?? []), ph.ms]);
  for (const [name, ms] of phases) {
    ms.sort((a, b) => a - b);
    console.log(`  phase ${name.padEnd(9)} p50=${ms[Math.floor(ms.length / 2)]} ms  max=${ms.at(-1)} ms`);
  }
  console.log(`  poll status: ${[...new Set(polls.map((p) => p.status))].join(', ')}`);
  await collector.stop();
  await db.$disconnect();
} finally {
  await database.drop();
  await cluster.wipe();
}
