// An idle group's lag is a fact that does not move while leaders do: a poll that cannot read an
// end offset from a partition's current leader leaves a gap, never a smaller number.
import kafkajs from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalCluster } from '@/dev/kafka/cluster';
import { ClusterCollector } from '@/lib/collector/cluster-collector';
import { createKafkaSource } from '@/lib/collector/kafka-source';
import { createDb, type Db } from '@/lib/store/client';
import { migrate } from '@/lib/store/migrate';
import { testCluster } from '../support/cluster';
import { freshDatabase, type TestDatabase } from '../support/database';

const { Kafka, logLevel } = kafkajs;
const id = Date.now().toString(36);
const TOPIC = `idle-${id}`;
const GROUP = `idle-group-${id}`;
const PARTITIONS = 12;

describe('an idle group across leader movements', () => {
  let cluster: LocalCluster;
  let database: TestDatabase;
  let db: Db;
  let collector: ClusterCollector;
  let expectedLag = 0n;

  beforeAll(async () => {
    cluster = await testCluster();
    database = await freshDatabase();
    await migrate(database.url);
    db = createDb(database.url);
    const kafka = new Kafka({ clientId: 'stability-test', brokers: cluster.brokers(), logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: TOPIC, numPartitions: PARTITIONS, replicationFactor: 3 }], waitForLeaders: true });
    const producer = kafka.producer();
    await producer.connect();
    for (let p = 0; p < PARTITIONS; p++) {
      await producer.send({ topic: TOPIC, messages: Array.from({ length: 20 + p }, () => ({ partition: p, value: 'x' })) });
    }
    await producer.disconnect();
    // The group read part of each partition, then went away: nothing produced, nothing committed from here.
    await admin.setOffsets({ groupId: GROUP, topic: TOPIC, partitions: Array.from({ length: PARTITIONS }, (_, p) => ({ partition: p, offset: String(5 + (p % 3)) })) });
    await admin.disconnect();
    for (let p = 0; p < PARTITIONS; p++) expectedLag += BigInt(20 + p - (5 + (p % 3)));
    collector = new ClusterCollector({ id: 'stable', name: 'stable', brokers: cluster.brokers(), pollIntervalMs: 2000 }, {
      db,
      databaseUrl: database.url,
      createSource: createKafkaSource,
      log: () => undefined,
    });
  });

  afterAll(async () => {
    await collector?.stop();
    await cluster?.start();
    await db?.$disconnect();
    await database?.drop();
  });

  it('keeps the same stored lag across a broker restart and a preferred-leader election, with no status change', async () => {
    const since = new Date();
    const tickFor = async (ms: number) => {
      const end = Date.now() + ms;
      while (Date.now() < end) {
        const t0 = Date.now();
        await collector.tick();
        await new Promise((r) => setTimeout(r, Math.max(0, 1000 - (Date.now() - t0))));
      }
    };
    await tickFor(4000);
    const g = await db.consumerGroup.findUniqueOrThrow({ where: { clusterId_groupId: { clusterId: 'stable', groupId: GROUP } } });
    expect(g.totalLag).toBe(expectedLag);

    // Leaders move away from broker 2 and, once it is back, towards it again.
    await cluster.kill(2);
    try {
      await tickFor(12_000);
    } finally {
      await cluster.restart(2);
    }
    await tickFor(6000);
    const election = await cluster.runTool('leader-election', ['--election-type', 'PREFERRED', '--all-topic-partitions']);
    expect(election.code, election.stderr).toBe(0);
    await tickFor(8000);

    const samples = await db.lagSample.findMany({ where: { clusterId: 'stable', groupId: GROUP, at: { gte: since } }, orderBy: { at: 'asc' } });
    const polls = await db.pollRun.count({ where: { clusterId: 'stable', startedAt: { gte: since } } });
    console.log(`[lag-stability] ${polls} polls, ${samples.length} lag samples (the rest are gaps), values: ${[...new Set(samples.map((s) => s.lag.toString()))].join(', ')}`);
    expect(samples.length).toBeGreaterThan(polls / 2);
    expect(new Set(samples.map((s) => s.lag))).toEqual(new Set([expectedLag]));
    const flips = await db.event.findMany({ where: { clusterId: 'stable', type: 'LAG_STATUS_CHANGED', at: { gte: since } } });
    expect(flips.filter((e) => (e.details as { groupId: string }).groupId === GROUP)).toEqual([]);
    const leaderChanges = await db.event.count({ where: { clusterId: 'stable', type: 'LEADER_CHANGED', topic: TOPIC, at: { gte: since } } });
    expect(leaderChanges).toBeGreaterThan(0); // the leaders did move
  });
});
