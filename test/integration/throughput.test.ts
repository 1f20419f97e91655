import kafkajs from 'kafkajs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { LocalCluster } from '@/dev/kafka/cluster';
import { ClusterCollector } from '@/lib/collector/cluster-collector';
import { createKafkaSource } from '@/lib/collector/kafka-source';
import { createDb, type Db } from '@/lib/store/client';
import { migrate } from '@/lib/store/migrate';
import { topicDetail } from '@/lib/views/topic-detail';
import { testCluster } from '../support/cluster';
import { freshDatabase, type TestDatabase } from '../support/database';

const { Kafka, logLevel } = kafkajs;
const TOPIC = `rate-${Date.now().toString(36)}`;
const C = 'rate';

let cluster: LocalCluster;
let database: TestDatabase;
let db: Db;
let collector: ClusterCollector;

beforeAll(async () => {
  cluster = await testCluster();
  database = await freshDatabase();
  await migrate(database.url);
  db = createDb(database.url);
  const r = await cluster.runTool('topics', ['--create', '--topic', TOPIC, '--partitions', '3', '--replication-factor', '2']);
  expect(r.code, r.stderr).toBe(0);
  // Counted throughput handed to the store every poll (once a minute in production).
  collector = new ClusterCollector(
    { id: C, name: C, brokers: cluster.brokers(), pollIntervalMs: 5000 },
    { db, databaseUrl: database.url, createSource: createKafkaSource, log: () => undefined, throughput: { flushEveryMs: 0, maxSpanMs: 10 * 60_000 } },
  );
});

afterAll(async () => {
  await collector?.stop();
  await db?.$disconnect();
  await database?.drop();
});

/** The topic's end offsets summed, as kafka-get-offsets prints them (topic:partition:offset). */
async function endOffsets(): Promise<bigint> {
  const r = await cluster.runTool('get-offsets', ['--topic', TOPIC, '--time', '-1']);
  expect(r.code, r.stderr).toBe(0);
  const lines = r.stdout.trim().split('\n').filter((l) => l.startsWith(`${TOPIC}:`));
  expect(lines).toHaveLength(3);
  return lines.reduce((n, l) => n + BigInt(l.split(':')[2]!), 0n);
}

it('counts the messages written into 5-minute buckets exactly as kafka-get-offsets moves, and charts longer ranges from them', async () => {
  await collector.tick();
  const before = await endOffsets();
  const kafka = new Kafka({ clientId: 'rate-test', brokers: cluster.brokers(), logLevel: logLevel.NOTHING });
  const producer = kafka.producer();
  await producer.connect();
  for (let batch = 0; batch < 3; batch++) {
    await producer.send({ topic: TOPIC, acks: -1, messages: Array.from({ length: 150 + batch * 7 }, (_, i) => ({ key: String(i), value: `m${i}` })) });
    await collector.tick();
  }
  await producer.disconnect();
  const after = await endOffsets();
  await collector.tick();
  expect(after - before).toBe(471n);

  const rows = await db.throughputRollup.findMany({ where: { clusterId: C, topic: TOPIC }, orderBy: { bucket: 'asc' } });
  expect(rows.reduce((n, r) => n + r.messages, 0n)).toBe(after - before);
  // The seconds watched are the time between the first and the last poll that read the topic.
  const polls = await db.pollRun.findMany({ where: { clusterId: C }, orderBy: { startedAt: 'asc' } });
  expect(polls).toHaveLength(5);
  const watched = (polls.at(-1)!.startedAt.getTime() - polls[0]!.startedAt.getTime()) / 1000;
  expect(rows.reduce((n, r) => n + r.seconds, 0)).toBeCloseTo(watched, 6);

  // Two hours ending now: 5-minute points, the rate of each bucket its messages over its seconds.
  const now = Date.now();
  const long = await topicDetail(db, C, TOPIC, { from: new Date(now - 2 * 3600_000), to: new Date(now) });
  expect(long.throughputStepSeconds).toBe(300);
  expect(long.throughput).toEqual(rows.map((r) => ({ at: r.bucket.toISOString(), messagesPerSecond: Math.round((Number(r.messages) / r.seconds) * 100) / 100 })));
  const topic = await db.topic.findUniqueOrThrow({ where: { clusterId_name: { clusterId: C, name: TOPIC } } });
  expect(long.lastWriteAt).toBe(topic.lastWriteAt!.toISOString());
  expect(long.lastWriteWithinSeconds).toBeNull();

  // The last half hour: a point per poll that stored end offsets (the three that saw writes).
  const short = await topicDetail(db, C, TOPIC, { from: new Date(now - 30 * 60_000), to: new Date(now) });
  expect(short.throughputStepSeconds).toBe(0);
  expect(short.throughput.map((p) => p.at)).toEqual(polls.slice(1, 4).map((p) => p.startedAt.toISOString()));

  // A day a week ago: nothing was watched then (a gap, not a rate of 0).
  const old = await topicDetail(db, C, TOPIC, { from: new Date(now - 8 * 86_400_000), to: new Date(now - 7 * 86_400_000) });
  expect(old).toMatchObject({ throughput: [], lastWriteAt: null, throughputStepSeconds: 300 });
});
