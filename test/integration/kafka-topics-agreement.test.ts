import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalCluster } from '@/dev/kafka/cluster';
import { ClusterCollector } from '@/lib/collector/cluster-collector';
import { createKafkaSource } from '@/lib/collector/kafka-source';
import type { ClusterConfig } from '@/lib/config/types';
import { createDb, type Db } from '@/lib/store/client';
import { migrate } from '@/lib/store/migrate';
import { listTopics } from '@/lib/views/topics';
import { topicDetail } from '@/lib/views/topic-detail';
import { eventually, testCluster } from '../support/cluster';
import { freshDatabase, type TestDatabase } from '../support/database';
import { key, parseTopicsDescribe, type ToolPartition } from '../support/kafka-topics';

const suffix = Date.now().toString(36);
const RF1 = `agree-rf1-${suffix}`;
const MIN3 = `agree-min3-${suffix}`;
const MIN2 = `agree-min2-${suffix}`;

/**
 * The API's partition table and its under-replicated / under-min-ISR / unavailable lists must be
 * what `kafka-topics` reports for the same cluster at the same moment — healthy and with a broker down.
 */
describe('partition state agrees with kafka-topics --describe', () => {
  let cluster: LocalCluster;
  let database: TestDatabase;
  let db: Db;
  let collector: ClusterCollector;
  const cfg = (): ClusterConfig => ({ id: 'agree', name: 'agree', brokers: cluster.brokers(), pollIntervalMs: 5000 });

  beforeAll(async () => {
    cluster = await testCluster();
    database = await freshDatabase();
    await migrate(database.url);
    db = createDb(database.url);
    collector = new ClusterCollector(cfg(), { db, databaseUrl: database.url, createSource: createKafkaSource, log: () => undefined });
    for (const args of [
      ['--topic', RF1, '--replica-assignment', '1'],
      ['--topic', MIN3, '--partitions', '3', '--replication-factor', '3', '--config', 'min.insync.replicas=3'],
      ['--topic', MIN2, '--partitions', '4', '--replication-factor', '3', '--config', 'min.insync.replicas=2'],
    ]) {
      const r = await cluster.runTool('topics', ['--create', ...args]);
      expect(r.code, r.stderr).toBe(0);
    }
  });

  afterAll(async () => {
    await collector?.stop();
    await cluster?.start();
    await db?.$disconnect();
    await database?.drop();
  });

  /** Our view of every partition, read through the same functions the API serves. */
  async function ourPartitions() {
    const page = await listTopics(db, 'agree', { includeInternal: true, page: 1, pageSize: 500 });
    const now = new Date();
    const details = await Promise.all(page.topics.map((t) => topicDetail(db, 'agree', t.name, { from: new Date(now.getTime() - 60_000), to: now })));
    return details.flatMap((d) => d.partitions.map((p) => ({ topic: d.name, ...p })));
  }

  async function tool(args: string[]): Promise<ToolPartition[]> {
    const r = await cluster.runTool('topics', ['--describe', ...args]);
    expect(r.code, r.stderr).toBe(0);
    return parseTopicsDescribe(r.stdout);
  }

  /** Poll, ask Kafka, poll again: compare only when the cluster did not change in between. */
  async function compareAtOneMoment() {
    await eventually(async () => {
      await collector.tick();
      const before = JSON.stringify(await ourPartitions());
      const [all, urp, umi, unavailable] = await Promise.all([
        tool([]),
        tool(['--under-replicated-partitions']),
        tool(['--under-min-isr-partitions']),
        tool(['--unavailable-partitions']),
      ]);
      await collector.tick();
      const ours = await ourPartitions();
      if (JSON.stringify(ours) !== before) return false; // moved meanwhile; try again
      const sorted = (xs: number[]) => [...xs].sort();
      expect(ours.map((p) => ({ topic: p.topic, partition: p.partition, leader: p.leader, replicas: p.replicas, isr: sorted(p.isr) }))).toEqual(
        all.map((p) => ({ ...p, isr: sorted(p.isr) })),
      );
      expect(ours.filter((p) => p.underReplicated).map(key)).toEqual(urp.map(key));
      expect(ours.filter((p) => p.underMinIsr).map(key)).toEqual(umi.map(key));
      expect(ours.filter((p) => p.offline).map(key)).toEqual(unavailable.map(key));
      // The per-topic counts the topic list and overview read agree with the same lists.
      const page = await listTopics(db, 'agree', { includeInternal: true, page: 1, pageSize: 500 });
      const count = (rows: ToolPartition[], topic: string) => rows.filter((r) => r.topic === topic).length;
      expect(page.topics.map((t) => [t.name, t.underReplicatedPartitions, t.underMinIsrPartitions, t.offlinePartitions])).toEqual(
        page.topics.map((t) => [t.name, count(urp, t.name), count(umi, t.name), count(unavailable, t.name)]),
      );
      return { urp: urp.length, umi: umi.length, unavailable: unavailable.length };
    }, 'a stable moment to compare', 60_000, 1000);
  }

  it('healthy cluster', async () => {
    await compareAtOneMoment();
  });

  it('with broker 1 down (RF=1 topic offline, min ISR 3 topic under min ISR)', async () => {
    await cluster.kill(1);
    try {
      await eventually(async () => {
        await collector.tick();
        const b = await db.broker.findUnique({ where: { clusterId_brokerId: { clusterId: 'agree', brokerId: 1 } } });
        return b?.up === false;
      }, 'broker 1 fenced', 30_000, 1000);
      await compareAtOneMoment();
      const ours = await ourPartitions();
      expect(ours.find((p) => p.topic === RF1)).toMatchObject({ leader: null, offline: true });
      expect(ours.filter((p) => p.topic === MIN3).every((p) => p.underMinIsr)).toBe(true);
      const offline = await db.event.findMany({ where: { clusterId: 'agree', type: 'PARTITION_OFFLINE', topic: RF1 } });
      expect(offline).toHaveLength(1);
      // The offline partition keeps its throughput history going (at 0: it cannot take writes).
      await collector.tick();
      const samples = await db.offsetSample.count({ where: { clusterId: 'agree', topic: RF1, at: { gt: offline[0]!.at } } });
      expect(samples).toBeGreaterThan(0);
      const umi = await db.event.findMany({ where: { clusterId: 'agree', type: 'UNDER_MIN_ISR', topic: MIN3 } });
      expect(umi.map((e) => e.partition).sort()).toEqual([0, 1, 2]);
    } finally {
      await cluster.restart(1);
    }
  });
});
