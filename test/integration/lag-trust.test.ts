// Lag judgements on the real cluster with the production settings: a consumer at half the
// produce rate (kafkajs' default fetch settings, committing every 5 s) is WARN within 3 minutes; a second
// Kafkascope started later on its own database agrees on status and exact lag in seconds; the
// lag in seconds is now − the timestamp of the record at the committed offset, as Kafka's own
// console consumer reads it.
import kafkajs, { type Consumer, type Producer } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalCluster } from '@/dev/kafka/cluster';
import { ClusterCollector } from '@/lib/collector/cluster-collector';
import { createKafkaSource } from '@/lib/collector/kafka-source';
import type { ClusterConfig } from '@/lib/config/types';
import type { StoredPartitionLag } from '@/lib/model/stored';
import { createDb, type Db } from '@/lib/store/client';
import { migrate } from '@/lib/store/migrate';
import { testCluster } from '../support/cluster';
import { freshDatabase, type TestDatabase } from '../support/database';

const { Kafka, logLevel } = kafkajs;
const id = Date.now().toString(36);
const TOPIC = `trust-${id}`;
const GROUP = `half-${id}`;
const RATE = 40; // messages/s produced; the consumer handles half
const POLL_MS = 5000;

interface Instance {
  database: TestDatabase;
  db: Db;
  collector: ClusterCollector;
}

describe('lag judgements with production settings', () => {
  let cluster: LocalCluster;
  let producer: Producer;
  let consumer: Consumer;
  let producing: NodeJS.Timeout | null = null;
  const instances: Instance[] = [];

  const start = async (name: string): Promise<Instance> => {
    const database = await freshDatabase();
    await migrate(database.url);
    const db = createDb(database.url);
    const cfg: ClusterConfig = { id: 'trust', name, brokers: cluster.brokers(), pollIntervalMs: POLL_MS };
    const collector = new ClusterCollector(cfg, { db, databaseUrl: database.url, createSource: createKafkaSource, log: () => undefined });
    collector.start();
    const inst = { database, db, collector };
    instances.push(inst);
    return inst;
  };
  const group = (i: Instance) => i.db.consumerGroup.findUnique({ where: { clusterId_groupId: { clusterId: 'trust', groupId: GROUP } } });

  beforeAll(async () => {
    cluster = await testCluster();
    const kafka = new Kafka({ clientId: 'trust-test', brokers: cluster.brokers(), logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: TOPIC, numPartitions: 2, replicationFactor: 3 }], waitForLeaders: true });
    await admin.disconnect();
    producer = kafka.producer();
    await producer.connect();
    producing = setInterval(() => {
      void producer.send({ topic: TOPIC, messages: Array.from({ length: RATE / 5 }, (_, i) => ({ key: String(i % 4), value: 'x' })) }).catch(() => undefined);
    }, 200);
    // kafkajs defaults for fetching; only the processing is slow: half the rate. It commits every
    // 5 s, the Java client's default auto-commit interval. (With kafkajs' default it commits only
    // at the end of each fetched batch; a consumer falling behind fetches ever larger batches, so
    // its commits come 1, 2, 4 … minutes apart, and the second instance, started a minute later,
    // could not see the three commit intervals a trend needs before the test gave up on it.)
    consumer = kafka.consumer({ groupId: GROUP });
    await consumer.connect();
    await consumer.subscribe({ topic: TOPIC, fromBeginning: true });
    await consumer.run({ autoCommitInterval: 5000, eachMessage: async () => void (await new Promise((r) => setTimeout(r, 2000 / RATE))) });
  });

  afterAll(async () => {
    if (producing) clearInterval(producing);
    await consumer?.disconnect().catch(() => undefined);
    await producer?.disconnect().catch(() => undefined);
    for (const i of instances) {
      await i.collector.stop();
      await i.db.$disconnect();
      await i.database.drop();
    }
  });

  it('a consumer at half the produce rate is WARN within 3 minutes; a later instance agrees; lag seconds are exact', { timeout: 400_000 }, async () => {
    const first = await start('first');
    const startedAt = Date.now();
    await new Promise((r) => setTimeout(r, 60_000));
    const second = await start('second');

    // WARN within 3 minutes of the consumer starting to fall behind (it does from its first message).
    let warnAfter: number | null = null;
    const seenByFirst = new Set<string>();
    while (Date.now() - startedAt < 200_000) {
      const g = await group(first);
      if (g?.status) seenByFirst.add(g.status);
      if (g?.status === 'WARN') {
        warnAfter = Date.now() - startedAt;
        break;
      }
      await new Promise((r) => setTimeout(r, 1000));
    }
    console.log(`[lag-trust] first instance WARN after ${warnAfter === null ? 'never' : `${(warnAfter / 1000).toFixed(0)} s`}; statuses seen: ${[...seenByFirst].join(', ')}`);
    expect(warnAfter).not.toBeNull();
    expect(warnAfter!).toBeLessThanOrEqual(180_000);
    expect(seenByFirst.has('ERR') || seenByFirst.has('STALL') || seenByFirst.has('STOP')).toBe(false);

    // The second instance (own database, started a minute later) reaches the same verdict once it
    // has a trend's worth of history; and where both saw the same committed offset, both dated it
    // to the same record: lag seconds are exact, not an estimate from each one's own history.
    let agreed = false;
    const offsets: number[] = [];
    let same = 0;
    while (Date.now() - startedAt < 330_000) {
      const [a, b] = await Promise.all([group(first), group(second)]);
      if (a?.status === 'WARN' && b?.status === 'WARN') agreed = true;
      const pa = (a?.partitions as StoredPartitionLag[] | null) ?? [];
      const pb = (b?.partitions as StoredPartitionLag[] | null) ?? [];
      for (const x of pa) {
        const y = pb.find((q) => q.partition === x.partition);
        if (!y || x.committed !== y.committed || x.lagSecondsEstimate !== 'exact' || y.lagSecondsEstimate !== 'exact' || !a?.lagAt || !b?.lagAt) continue;
        // Each instance: lag seconds = its poll time − the record's timestamp; so the two imply one timestamp.
        const tsA = a.lagAt.getTime() - x.lagSeconds! * 1000;
        const tsB = b.lagAt.getTime() - y.lagSeconds! * 1000;
        offsets.push(Math.abs(tsA - tsB));
        same += 1;
      }
      if (agreed && same >= 10) break;
      await new Promise((r) => setTimeout(r, 2000));
    }
    console.log(`[lag-trust] both WARN: ${agreed}; ${same} readings of the same committed offset by both instances; their record times differ by at most ${Math.max(0, ...offsets)} ms`);
    expect(agreed).toBe(true);
    expect(same).toBeGreaterThanOrEqual(5);
    // Rounding to 0.1 s on each side, nothing more.
    expect(Math.max(...offsets)).toBeLessThanOrEqual(200);
  });

  it('lag in seconds is now − the timestamp of the record at the committed offset, as the console consumer reads it', async () => {
    const [inst] = instances;
    const g = await group(inst!);
    const parts = (g?.partitions as StoredPartitionLag[] | null) ?? [];
    const exact = parts.filter((p) => p.lagSecondsEstimate === 'exact' && p.committed !== null);
    expect(exact.length).toBeGreaterThan(0);
    for (const p of exact) {
      const tool = await cluster.runTool('console-consumer', [
        '--topic', TOPIC, '--partition', String(p.partition), '--offset', p.committed!, '--max-messages', '1', '--timeout-ms', '20000',
        '--property', 'print.timestamp=true', '--property', 'print.offset=true',
      ]);
      const m = /CreateTime:(\d+)\s+Offset:(\d+)/.exec(tool.stdout);
      expect(m, tool.stdout + tool.stderr).not.toBeNull();
      expect(m![2]).toBe(p.committed);
      const expected = (g!.lagAt!.getTime() - Number(m![1])) / 1000;
      console.log(`[lag-trust] ${TOPIC}-${p.partition} @${p.committed}: ours ${p.lagSeconds} s, console consumer ${expected.toFixed(1)} s`);
      expect(Math.abs(p.lagSeconds! - expected)).toBeLessThanOrEqual(0.1);
    }
  });
});
