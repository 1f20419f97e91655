// The history database goes away for 30 s while a broker dies: what the polls observe meanwhile
// is kept and written, with its own times, when the database is back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalCluster } from '@/dev/kafka/cluster';
import { ClusterCollector } from '@/lib/collector/cluster-collector';
import { createKafkaSource } from '@/lib/collector/kafka-source';
import { createDb, type Db } from '@/lib/store/client';
import { migrate } from '@/lib/store/migrate';
import { eventually, testCluster } from '../support/cluster';
import { freshDatabase, type TestDatabase } from '../support/database';
import { TcpProxy, viaProxy } from '../support/tcp-proxy';

const INTERVAL = 2000;

describe('a history database outage', () => {
  let cluster: LocalCluster;
  let database: TestDatabase;
  let direct: Db;
  let proxied: Db;
  let proxy: TcpProxy;
  let collector: ClusterCollector;

  beforeAll(async () => {
    cluster = await testCluster();
    database = await freshDatabase();
    await migrate(database.url);
    direct = createDb(database.url);
    const u = new URL(database.url);
    proxy = new TcpProxy({ host: u.hostname, port: Number(u.port || 5432) });
    const port = await proxy.start();
    const url = viaProxy(database.url, port);
    proxied = createDb(url);
    collector = new ClusterCollector({ id: 'outage', name: 'outage', brokers: cluster.brokers(), pollIntervalMs: INTERVAL }, {
      db: proxied,
      databaseUrl: url,
      createSource: createKafkaSource,
      log: (m) => console.log(`[store-outage] ${m}`),
    });
  });

  afterAll(async () => {
    await collector?.stop();
    await cluster?.start();
    await proxy?.start().catch(() => undefined);
    await proxied?.$disconnect();
    await direct?.$disconnect();
    await database?.drop();
  });

  it('keeps polling on time, and BROKER_DOWN carries the time of the first poll that saw it', async () => {
    collector.start();
    await eventually(async () => (await direct.broker.count({ where: { clusterId: 'outage', up: true } })) === 3, 'three brokers stored', 30_000);
    const cutAt = new Date();
    await proxy.cut();
    await new Promise((r) => setTimeout(r, 6000));
    const killedAt = Date.now();
    await cluster.kill(3);
    let restoredAt: Date;
    try {
      await new Promise((r) => setTimeout(r, 30_000 - 6000));
    } finally {
      await proxy.start();
      restoredAt = new Date();
    }
    const down = await eventually(
      async () => (await direct.event.findMany({ where: { clusterId: 'outage', type: 'BROKER_DOWN', brokerId: 3 } }))[0],
      'BROKER_DOWN written after the outage',
      30_000,
    );
    console.log(`[store-outage] killed at +${((killedAt - cutAt.getTime()) / 1000).toFixed(1)} s, BROKER_DOWN at +${((down.at.getTime() - cutAt.getTime()) / 1000).toFixed(1)} s, database back at +${((restoredAt.getTime() - cutAt.getTime()) / 1000).toFixed(1)} s`);
    // Observed during the outage (fencing takes ~5–9 s after the kill), not at the first stored poll.
    expect(down.at.getTime()).toBeGreaterThan(killedAt);
    expect(down.at.getTime()).toBeLessThan(restoredAt.getTime() - 5000);
    const poll = await direct.pollRun.findFirst({ where: { clusterId: 'outage', startedAt: down.at } });
    expect(poll).not.toBeNull();
    // Every poll of the outage was written (once the buffer has drained): no gap wider than two intervals.
    await eventually(async () => collector.buffered === 0, 'the polls kept during the outage written', 30_000);
    const polls = await direct.pollRun.findMany({ where: { clusterId: 'outage', startedAt: { gte: new Date(cutAt.getTime() - INTERVAL), lte: restoredAt } }, orderBy: { startedAt: 'asc' } });
    const gaps = polls.slice(1).map((p, i) => p.startedAt.getTime() - polls[i]!.startedAt.getTime());
    console.log(`[store-outage] ${polls.length} polls written for the ${((restoredAt.getTime() - cutAt.getTime()) / 1000).toFixed(0)} s outage; widest gap ${Math.max(...gaps)} ms; durations ${polls.map((p) => p.durationMs).join(',')} ms`);
    expect(polls.length).toBeGreaterThanOrEqual(14);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(2 * INTERVAL + 500);
    const broker = await direct.broker.findUniqueOrThrow({ where: { clusterId_brokerId: { clusterId: 'outage', brokerId: 3 } } });
    expect(broker.up).toBe(false);
    expect(broker.since.getTime()).toBe(down.at.getTime());
  });
});
