import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalCluster } from '@/dev/kafka/cluster';
import { ClusterCollector } from '@/lib/collector/cluster-collector';
import { createKafkaSource } from '@/lib/collector/kafka-source';
import type { ClusterConfig } from '@/lib/config/types';
import { createDb, type Db } from '@/lib/store/client';
import { migrate } from '@/lib/store/migrate';
import { freshDatabase, type TestDatabase } from '../support/database';
import { eventually, testCluster } from '../support/cluster';

const TOPIC = `collector-rf3-${Date.now()}`;

describe('collector against a real cluster', () => {
  let cluster: LocalCluster;
  let database: TestDatabase;
  let db: Db;
  let cfg: ClusterConfig;
  const collectors: ClusterCollector[] = [];
  /** A new collector instance, as after an app restart: earlier ones stop (and release the lease). */
  const newCollector = async () => {
    for (const old of collectors.splice(0)) await old.stop();
    const c = new ClusterCollector(cfg, { db, databaseUrl: database.url, createSource: createKafkaSource, log: () => undefined });
    collectors.push(c);
    return c;
  };
  const events = (type: string) => db.event.findMany({ where: { clusterId: cfg.id, type }, orderBy: { id: 'asc' } });

  beforeAll(async () => {
    cluster = await testCluster();
    database = await freshDatabase();
    await migrate(database.url);
    db = createDb(database.url);
    cfg = { id: 'it', name: 'integration', brokers: cluster.brokers(), pollIntervalMs: 2000 };
    const r = await cluster.runTool('topics', ['--create', '--topic', TOPIC, '--partitions', '3', '--replication-factor', '3']);
    expect(r.code, r.stderr).toBe(0);
  });

  afterAll(async () => {
    for (const c of collectors) await c.stop();
    await cluster?.start(); // whatever a test killed comes back for the next file
    await db?.$disconnect();
    await database?.drop();
  });

  it('records brokers, the Kafka cluster id and the active controller that Kafka reports', async () => {
    await (await newCollector()).tick();
    const row = await db.cluster.findUniqueOrThrow({ where: { id: 'it' } });
    expect(row.kafkaClusterId).toBe(cluster.clusterId);
    const quorum = await cluster.runTool('metadata-quorum', ['describe', '--status']);
    const leader = Number(/LeaderId:\s+(\d+)/.exec(quorum.stdout)?.[1]);
    expect(row.controllerId).toBe(leader);
    const brokers = await db.broker.findMany({ where: { clusterId: 'it' }, orderBy: { brokerId: 'asc' } });
    expect(brokers.map((b) => [b.brokerId, b.port, b.rack, b.up])).toEqual(
      cluster.nodes.map((n) => [n.id, n.port, `r${n.id}`, true]),
    );
    // Log dir sizes (DescribeLogDirs) are read with configs, so the first poll has them.
    for (const b of brokers) {
      expect(b.logBytes).not.toBeNull();
      expect(b.diskTotalBytes! > 0n && b.diskUsableBytes! <= b.diskTotalBytes!).toBe(true);
    }
    const poll = await db.pollRun.findFirstOrThrow({ where: { clusterId: 'it' } });
    expect(poll.status).not.toBe('failed');
    expect(await events('TOPIC_CREATED')).toEqual([]); // first sight of a cluster is not a change
  });

  it('kill -9 of a broker gives BROKER_DOWN and ISR_SHRINK; restart gives BROKER_UP and ISR_EXPAND', async () => {
    const collector = await newCollector();
    await cluster.kill(2);
    const down = await eventually(async () => {
      await collector.tick();
      return (await events('BROKER_DOWN')).find((e) => e.brokerId === 2);
    }, 'BROKER_DOWN for broker 2', 30_000, 1000);
    expect(down.details).toMatchObject({ port: cluster.nodes[1]?.port });
    const shrinks = await eventually(async () => {
      await collector.tick();
      const s = (await events('ISR_SHRINK')).filter((e) => e.topic === TOPIC);
      return s.length === 3 ? s : null;
    }, 'ISR_SHRINK on all 3 partitions', 30_000, 1000);
    for (const s of shrinks) expect(s.details).toMatchObject({ removed: [2] });

    await cluster.restart(2);
    await eventually(async () => {
      await collector.tick();
      return (await events('BROKER_UP')).find((e) => e.brokerId === 2);
    }, 'BROKER_UP for broker 2', 30_000, 1000);
    await eventually(async () => {
      await collector.tick();
      return (await events('ISR_EXPAND')).filter((e) => e.topic === TOPIC).length === 3;
    }, 'ISR_EXPAND on all 3 partitions', 30_000, 1000);
    const broker2 = await db.broker.findUniqueOrThrow({ where: { clusterId_brokerId: { clusterId: 'it', brokerId: 2 } } });
    expect(broker2.up).toBe(true);
  });

  it('a restarted collector continues from the stored state (no false TOPIC_CREATED)', async () => {
    const before = await db.event.count({ where: { clusterId: 'it' } });
    const polls = await db.pollRun.count({ where: { clusterId: 'it' } });
    const fresh = await newCollector();
    await fresh.tick();
    expect(await db.pollRun.count({ where: { clusterId: 'it' } })).toBe(polls + 1);
    const after = await db.event.findMany({ where: { clusterId: 'it' }, orderBy: { id: 'asc' }, skip: before });
    expect(after.filter((e) => e.type === 'TOPIC_CREATED' || e.type === 'BROKER_UP')).toEqual([]);
  });

  it('only one collector instance polls a cluster; another takes over when it stops', async () => {
    const a = await newCollector();
    const b = new ClusterCollector(cfg, { db, databaseUrl: database.url, createSource: createKafkaSource, log: () => undefined });
    collectors.push(b);
    const count = () => db.pollRun.count({ where: { clusterId: 'it' } });
    const n0 = await count();
    await a.tick();
    await b.tick(); // lease held by a: b must not poll
    expect(await count()).toBe(n0 + 1);
    await a.stop();
    await b.tick();
    expect(await count()).toBe(n0 + 2);
  });

  it('an unreachable cluster is recorded as failed polls and CLUSTER_UNREACHABLE, not as data', async () => {
    const badCfg: ClusterConfig = { ...cfg, id: 'it-gone', brokers: ['127.0.0.1:1'] };
    const c = new ClusterCollector(badCfg, { db, databaseUrl: database.url, createSource: createKafkaSource, log: () => undefined });
    collectors.push(c);
    const started = Date.now();
    await c.tick();
    expect(Date.now() - started).toBeLessThan(badCfg.pollIntervalMs + 1000);
    const poll = await db.pollRun.findFirstOrThrow({ where: { clusterId: 'it-gone' } });
    expect(poll.status).toBe('failed');
    expect(poll.error).toMatch(/metadata/);
    const row = await db.cluster.findUniqueOrThrow({ where: { id: 'it-gone' } });
    expect(row.reachable).toBe(false);
    expect(row.unreachableSince).not.toBeNull();
    expect(await db.broker.count({ where: { clusterId: 'it-gone' } })).toBe(0);
  });
});
