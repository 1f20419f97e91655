import kafkajs, { type Consumer, type Producer } from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalCluster } from '@/dev/kafka/cluster';
import { DEFAULT_LAG_STATUS_CONFIG } from '@/lib/analysis/lag';
import { ClusterCollector } from '@/lib/collector/cluster-collector';
import { createKafkaSource } from '@/lib/collector/kafka-source';
import type { ClusterConfig } from '@/lib/config/types';
import { createDb, type Db } from '@/lib/store/client';
import { migrate } from '@/lib/store/migrate';
import { groupDetail } from '@/lib/views/groups';
import { eventually, testCluster } from '../support/cluster';
import { freshDatabase, type TestDatabase } from '../support/database';
import { parseConsumerGroupsDescribe } from '../support/kafka-consumer-groups';

const { Kafka, logLevel } = kafkajs;
const id = Date.now().toString(36);
const TOPIC = `lag-${id}`;
const IDLE = `lag-idle-${id}`;
// The slowed consumer gets a topic with no backlog, so its lag starts at zero and grows with time.
const SLOW = `lag-slow-${id}`;
const KIP848 = `kip848-${id}`;
const G = { fast: `fast-${id}`, slow: `slow-${id}`, stopped: `stopped-${id}`, idle: `idle-${id}`, partial: `partial-${id}` };
// A short window so the scenarios play out in seconds; the rules are the production ones.
const LAG_CONFIG = { ...DEFAULT_LAG_STATUS_CONFIG, windowMs: 12_000, minSamples: 4, errLagSeconds: 15, trendMinSpanMs: 6_000 };

describe('consumer lag on a real cluster', () => {
  let cluster: LocalCluster;
  let database: TestDatabase;
  let db: Db;
  let collector: ClusterCollector;
  let producer: Producer;
  const consumers: Consumer[] = [];
  let producing: NodeJS.Timeout | null = null;
  let kafka: InstanceType<typeof Kafka>;

  const cfg = (): ClusterConfig => ({ id: 'lag', name: 'lag', brokers: cluster.brokers(), pollIntervalMs: 3000 });
  const newCollector = async () => {
    await collector?.stop();
    collector = new ClusterCollector(cfg(), { db, databaseUrl: database.url, createSource: createKafkaSource, log: () => undefined, lagConfig: LAG_CONFIG });
    return collector;
  };
  const produce = (topic: string, n: number) =>
    producer.send({ topic, messages: Array.from({ length: n }, (_, i) => ({ key: String(i % 7), value: `m${i}` })) });
  const startProducing = (perSecond: number) => {
    producing = setInterval(() => {
      for (const t of [TOPIC, SLOW]) void produce(t, Math.round(perSecond / 5)).catch(() => undefined);
    }, 200);
  };
  const stopProducing = () => {
    if (producing) clearInterval(producing);
    producing = null;
  };
  const consume = async (groupId: string, topic: string, delayMs: number) => {
    const c = kafka.consumer({ groupId, sessionTimeout: 10_000, heartbeatInterval: 1000, maxWaitTimeInMs: 200 });
    await c.connect();
    await c.subscribe({ topic, fromBeginning: true });
    await c.run({ autoCommitInterval: 500, eachMessage: async () => void (delayMs && (await new Promise((r) => setTimeout(r, delayMs)))) });
    consumers.push(c);
    return c;
  };
  const status = async (groupId: string) => (await db.consumerGroup.findUnique({ where: { clusterId_groupId: { clusterId: 'lag', groupId } } }))?.status;

  beforeAll(async () => {
    cluster = await testCluster();
    database = await freshDatabase();
    await migrate(database.url);
    db = createDb(database.url);
    kafka = new Kafka({ clientId: 'lag-test', brokers: cluster.brokers(), logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ topics: [{ topic: TOPIC, numPartitions: 3, replicationFactor: 3 }, { topic: IDLE, numPartitions: 2, replicationFactor: 3 }, { topic: SLOW, numPartitions: 1, replicationFactor: 3 }], waitForLeaders: true });
    producer = kafka.producer();
    await producer.connect();
    await produce(TOPIC, 300);
    await produce(IDLE, 50);
    // A group that read part of the topic and left; another with a commit on one partition only.
    await admin.setOffsets({ groupId: G.stopped, topic: TOPIC, partitions: [0, 1, 2].map((p) => ({ partition: p, offset: '10' })) });
    await admin.setOffsets({ groupId: G.partial, topic: TOPIC, partitions: [{ partition: 1, offset: '3' }] });
    await admin.disconnect();
    await newCollector();
  });

  afterAll(async () => {
    stopProducing();
    await Promise.allSettled(consumers.map((c) => c.disconnect()));
    await producer?.disconnect();
    await collector?.stop();
    await db?.$disconnect();
    await database?.drop();
  });

  it('committed, end offset and lag equal kafka-consumer-groups --describe --all-groups at the same moment', async () => {
    await collector.tick();
    const tool = await cluster.runTool('consumer-groups', ['--describe', '--all-groups']);
    expect(tool.code, tool.stderr).toBe(0);
    const theirs = parseConsumerGroupsDescribe(tool.stdout, [G.stopped, G.partial]);
    const ours = (await Promise.all([G.stopped, G.partial].map((g) => groupDetail(db, 'lag', g)))).flatMap((d) =>
      d.partitions.map((p) => ({ group: d.groupId, topic: p.topic, partition: p.partition, committed: p.committed, end: p.endOffset, lag: p.lag })),
    );
    const asStrings = (rows: { group: string; topic: string; partition: number; committed: unknown; end: unknown; lag: unknown }[]) =>
      rows.map((r) => [r.group, r.topic, r.partition, r.committed?.toString() ?? null, r.end?.toString() ?? null, r.lag?.toString() ?? null]).sort();
    expect(theirs.length).toBe(4); // 3 partitions of the stopped group + the one committed partition
    expect(asStrings(ours)).toEqual(asStrings(theirs));
    const partial = await groupDetail(db, 'lag', G.partial);
    expect(partial.totalLag).toBe(theirs.find((r) => r.group === G.partial)?.lag?.toString());
  });

  it('keeping up stays OK, slowed goes WARN then ERR with growing lag seconds, stopped goes STOP, idle caught-up stays OK', async () => {
    await consume(G.fast, TOPIC, 0);
    await consume(G.idle, IDLE, 0);
    startProducing(40);
    await consume(G.slow, SLOW, 100); // ~10 msg/s against 40 produced
    const seen = new Map<string, Set<string>>();
    const lagSeconds: { t: number; s: number }[] = [];
    const started = Date.now();
    await eventually(async () => {
      await collector.tick();
      for (const g of Object.values(G)) {
        const s = await status(g);
        if (s) (seen.get(g) ?? seen.set(g, new Set()).get(g)!).add(s);
      }
      const slow = await db.consumerGroup.findUnique({ where: { clusterId_groupId: { clusterId: 'lag', groupId: G.slow } } });
      if (slow?.maxLagSeconds != null) lagSeconds.push({ t: Date.now() - started, s: slow.maxLagSeconds });
      return seen.get(G.slow)?.has('ERR') && seen.get(G.stopped)?.has('STOP');
    }, 'slow group ERR and stopped group STOP', 90_000, 1000);
    expect(seen.get(G.slow)).toContain('WARN');
    expect([...(seen.get(G.fast) ?? [])]).toEqual(['OK']);
    expect([...(seen.get(G.idle) ?? [])]).toEqual(['OK']);
    // Lag in seconds grows roughly with wall time for a consumer at a quarter of the produce rate.
    const first = lagSeconds.find((x) => x.s > 2)!;
    const last = lagSeconds.at(-1)!;
    expect(last.s - first.s).toBeGreaterThan(0.4 * ((last.t - first.t) / 1000));
    const changes = await db.event.findMany({ where: { clusterId: 'lag', type: 'LAG_STATUS_CHANGED' } });
    expect(changes.some((e) => (e.details as { groupId: string; to: string }).groupId === G.slow && (e.details as { to: string }).to === 'ERR')).toBe(true);
    const stopped = await groupDetail(db, 'lag', G.stopped);
    expect(stopped.state).toBe('Empty'); // stopped groups stay listed
  });

  it('after a restart, status and lag seconds are there from the first poll', async () => {
    stopProducing();
    const before = await db.consumerGroup.findUniqueOrThrow({ where: { clusterId_groupId: { clusterId: 'lag', groupId: G.stopped } } });
    await newCollector();
    await collector.tick();
    const after = await db.consumerGroup.findUniqueOrThrow({ where: { clusterId_groupId: { clusterId: 'lag', groupId: G.stopped } } });
    expect(after.status).toBe('STOP');
    expect(after.maxLagSeconds).not.toBeNull();
    expect(after.maxLagSeconds!).toBeGreaterThanOrEqual(before.maxLagSeconds!);
    const flips = await db.event.findMany({ where: { clusterId: 'lag', type: 'LAG_STATUS_CHANGED', at: { gte: after.updatedAt } } });
    expect(flips.filter((e) => (e.details as { groupId: string }).groupId === G.stopped)).toEqual([]);
  });

  it('a group on the new consumer protocol (KIP-848) is described with its commits, not reported Dead', async () => {
    const run = await cluster.runTool('console-consumer', [
      '--topic', IDLE, '--group', KIP848, '--from-beginning', '--max-messages', '10', '--timeout-ms', '30000',
      '--consumer-property', 'group.protocol=consumer',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const tool = await cluster.runTool('consumer-groups', ['--describe', '--group', KIP848]);
    const theirs = parseConsumerGroupsDescribe(tool.stdout, [KIP848]);
    expect(theirs.length).toBeGreaterThan(0);
    await eventually(async () => {
      await collector.tick();
      const g = await db.consumerGroup.findUnique({ where: { clusterId_groupId: { clusterId: 'lag', groupId: KIP848 } } });
      return g && g.partitions !== null;
    }, 'the KIP-848 group stored with its lag', 20_000, 1000);
    const ours = await groupDetail(db, 'lag', KIP848);
    expect(ours.state).not.toBe('Dead');
    expect(ours.partitions.filter((p) => p.committed !== null).map((p) => [p.topic, p.partition, p.committed, p.lag]).sort()).toEqual(
      theirs.filter((r) => r.committed !== null).map((r) => [r.topic, r.partition, r.committed!.toString(), r.lag!.toString()]).sort(),
    );
  });

  it('resetting a group back to an earlier offset shows REWIND', async () => {
    const admin = kafka.admin();
    await admin.connect();
    await admin.setOffsets({ groupId: G.stopped, topic: TOPIC, partitions: [0, 1, 2].map((p) => ({ partition: p, offset: '2' })) });
    await admin.disconnect();
    await eventually(async () => {
      await collector.tick();
      return (await status(G.stopped)) === 'REWIND';
    }, 'REWIND', 30_000, 1000);
  });
});
