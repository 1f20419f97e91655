import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalCluster } from '@/dev/kafka/cluster';
import { ClusterCollector } from '@/lib/collector/cluster-collector';
import { createKafkaSource } from '@/lib/collector/kafka-source';
import { COLLECTOR } from '@/lib/collector/settings';
import type { ClusterConfig } from '@/lib/config/types';
import { createDb, type Db } from '@/lib/store/client';
import { migrate } from '@/lib/store/migrate';
import { eventually, testCluster } from '../support/cluster';
import { freshDatabase, type TestDatabase } from '../support/database';
import { TcpProxy, viaProxy } from '../support/tcp-proxy';

const TOPIC = `fail-rf3-${Date.now().toString(36)}`;
const INTERVAL = 3000;

/** The collector keeps working, and keeps history, through the failures it exists to watch. */
describe('collector under failure', () => {
  let cluster: LocalCluster;
  let database: TestDatabase;
  let proxy: TcpProxy;
  let db: Db; // through the proxy: the collector's view of the database
  let direct: Db; // the test's own view, unaffected by the proxy
  let collector: ClusterCollector;
  let cfg: ClusterConfig;
  const events = (type: string) => direct.event.findMany({ where: { clusterId: 'fail', type }, orderBy: { id: 'asc' } });
  const tickUntil = <T>(f: () => Promise<T | null | undefined | false>, what: string) =>
    eventually(async () => {
      await collector.tick();
      return f();
    }, what, 40_000, 1000);

  beforeAll(async () => {
    cluster = await testCluster();
    database = await freshDatabase();
    await migrate(database.url);
    const u = new URL(database.url);
    proxy = new TcpProxy({ host: u.hostname, port: Number(u.port || 5432) });
    const url = viaProxy(database.url, await proxy.start());
    db = createDb(url);
    direct = createDb(database.url);
    cfg = { id: 'fail', name: 'fail', brokers: cluster.brokers(), pollIntervalMs: INTERVAL };
    collector = new ClusterCollector(cfg, { db, databaseUrl: url, createSource: createKafkaSource, log: () => undefined });
    const r = await cluster.runTool('topics', ['--create', '--topic', TOPIC, '--partitions', '3', '--replication-factor', '3']);
    expect(r.code, r.stderr).toBe(0);
    await tickUntil(async () => (await direct.partitionState.count({ where: { clusterId: 'fail', topic: TOPIC } })) === 3, 'topic seen');
  });

  afterAll(async () => {
    await collector?.stop();
    await cluster?.start();
    await db?.$disconnect();
    await direct?.$disconnect();
    await proxy?.cut();
    await database?.drop();
  });

  it('killing a partition leader gives LEADER_CHANGED away from it', async () => {
    const p0 = await direct.partitionState.findUniqueOrThrow({ where: { clusterId_topic_partition: { clusterId: 'fail', topic: TOPIC, partition: 0 } } });
    await cluster.kill(p0.leader);
    try {
      const e = await tickUntil(async () => (await events('LEADER_CHANGED')).find((x) => x.topic === TOPIC && x.partition === 0), 'LEADER_CHANGED');
      expect(e.details).toMatchObject({ from: p0.leader });
      expect(e.brokerId).not.toBe(p0.leader);
    } finally {
      await cluster.restart(p0.leader);
    }
  });

  it('killing the active controller gives CONTROLLER_CHANGED to the one Kafka names', async () => {
    const before = (await direct.cluster.findUniqueOrThrow({ where: { id: 'fail' } })).controllerId!;
    await cluster.kill(before);
    try {
      const e = await tickUntil(async () => (await events('CONTROLLER_CHANGED')).find((x) => (x.details as { from: number }).from === before), 'CONTROLLER_CHANGED');
      const quorum = await cluster.runTool('metadata-quorum', ['describe', '--status']);
      expect(e.brokerId).toBe(Number(/LeaderId:\s+(\d+)/.exec(quorum.stdout)?.[1]));
    } finally {
      await cluster.restart(before);
    }
  });

  it('two of three nodes down (quorum lost): polls go on within their deadline; all recovers after', async () => {
    const since = new Date();
    await cluster.kill(2);
    await cluster.kill(3);
    try {
      for (let i = 0; i < 4; i++) {
        const t0 = Date.now();
        await collector.tick();
        expect(Date.now() - t0).toBeLessThan(INTERVAL + 2000); // the poll deadline plus storing it
      }
      const polls = await direct.pollRun.findMany({ where: { clusterId: 'fail', startedAt: { gte: since } } });
      expect(polls.length).toBe(4);
      for (const p of polls) expect(p.durationMs).toBeLessThanOrEqual(INTERVAL * COLLECTOR.deadlineFraction + 200);
    } finally {
      await cluster.start(); // brings 2 and 3 back and waits for the cluster
    }
    await tickUntil(async () => (await direct.broker.count({ where: { clusterId: 'fail', up: true } })) === 3, 'all brokers up again');
    const last = await direct.pollRun.findFirstOrThrow({ where: { clusterId: 'fail' }, orderBy: { startedAt: 'desc' } });
    expect(last.status).not.toBe('failed');
  });

  it('all nodes down: CLUSTER_UNREACHABLE, failed polls, then CLUSTER_REACHABLE when back', async () => {
    for (const id of [1, 2, 3]) await cluster.kill(id);
    try {
      await tickUntil(async () => (await events('CLUSTER_UNREACHABLE')).length > 0, 'CLUSTER_UNREACHABLE');
      const row = await direct.cluster.findUniqueOrThrow({ where: { id: 'fail' } });
      expect(row.reachable).toBe(false);
      expect(row.unreachableSince).not.toBeNull();
      const last = await direct.pollRun.findFirstOrThrow({ where: { clusterId: 'fail' }, orderBy: { startedAt: 'desc' } });
      expect(last.status).toBe('failed');
    } finally {
      await cluster.start();
    }
    await tickUntil(async () => (await events('CLUSTER_REACHABLE')).length > 0, 'CLUSTER_REACHABLE');
  });

  it('database down and back: no crash, polls resume, history kept, changes meanwhile still become events', async () => {
    const eventsBefore = await direct.event.count({ where: { clusterId: 'fail' } });
    // An earlier test killed broker 3 too: only an event written after this outage counts.
    const lastBefore = (await direct.event.findFirst({ where: { clusterId: 'fail' }, orderBy: { id: 'desc' }, select: { id: true } }))?.id ?? 0n;
    await proxy.cut();
    await cluster.kill(3);
    try {
      for (let i = 0; i < 3; i++) await collector.tick(); // must not throw; nothing can be stored
      await new Promise((r) => setTimeout(r, 8000)); // broker 3 is fenced meanwhile
      await collector.tick();
    } finally {
      await proxy.start();
    }
    const down = await tickUntil(async () => (await events('BROKER_DOWN')).find((e) => e.brokerId === 3 && BigInt(e.id) > lastBefore), 'BROKER_DOWN after the outage');
    expect(down).toBeTruthy();
    expect(await direct.event.count({ where: { clusterId: 'fail' } })).toBeGreaterThan(eventsBefore);
    await cluster.restart(3);
    await tickUntil(async () => (await events('BROKER_UP')).some((e) => e.brokerId === 3 && e.id > down.id), 'BROKER_UP');
  });
});
