import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalCluster } from '@/dev/kafka/cluster';
import { startCollectors } from '@/lib/collector/run';
import { COLLECTOR } from '@/lib/collector/settings';
import { loadClusters } from '@/lib/config/load';
import { createDb, type Db } from '@/lib/store/client';
import { migrate } from '@/lib/store/migrate';
import { clusterSummary } from '@/lib/views/clusters';
import { listTopics } from '@/lib/views/topics';
import { testCluster } from '../support/cluster';
import { freshDatabase, type TestDatabase } from '../support/database';
import { asAdmin, password, releaseSecureCluster, secureCluster } from '../support/secure-cluster';

const INTERVAL = 2000;
const DEADLINE = Math.floor(INTERVAL * COLLECTOR.deadlineFraction);
const RUN_MS = 6 * INTERVAL + 500;
const TOPIC = `multi-${Date.now().toString(36)}`;

interface Stats {
  polls: number;
  firstMs: number;
  medianMs: number;
  maxMs: number;
  /** Time between consecutive poll starts. */
  gapMinMs: number;
  gapMaxMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/**
 * Several clusters in one Kafkascope instance: the plaintext test cluster, the secured one (SCRAM
 * over TLS) and an address that accepts connections and never answers. Each has its own poller,
 * status, history and alerts; the healthy ones' polls are not held up by the silent one.
 */
describe('several clusters in one instance', () => {
  let plain: LocalCluster;
  let secured: LocalCluster;
  let database: TestDatabase;
  let db: Db;
  let tmp: string;
  let silent: net.Server;
  const held = new Set<net.Socket>();
  let silentAddress = '';

  beforeAll(async () => {
    [plain, secured] = await Promise.all([testCluster(), secureCluster()]);
    // One topic of each name on each cluster, to tell their histories apart.
    const created = await plain.runTool('topics', ['--create', '--topic', `${TOPIC}-plain`, '--partitions', '1', '--replication-factor', '1']);
    expect(created.code, created.stderr).toBe(0);
    await asAdmin(secured, (admin) => admin.createTopics({ topics: [{ topic: `${TOPIC}-secured`, numPartitions: 1, replicationFactor: 1 }] }));
    database = await freshDatabase();
    await migrate(database.url);
    db = createDb(database.url);
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kafkascope-multi-'));
    // Accepts every connection and never says a word: the slowest way for a cluster to be unreachable.
    silent = net.createServer((s) => {
      held.add(s);
      s.on('error', () => undefined);
    });
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    silentAddress = `127.0.0.1:${(silent.address() as net.AddressInfo).port}`;
  });

  afterAll(async () => {
    for (const s of held) s.destroy();
    await new Promise((r) => silent?.close(r));
    await db?.$disconnect();
    await database?.drop();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
    await releaseSecureCluster();
  });

  const config = (withSilent: boolean) => {
    const file = path.join(tmp, `clusters-${withSilent ? 3 : 2}.yaml`);
    const lines = [
      'clusters:',
      '  - id: plain',
      `    brokers: ${plain.bootstrap()}`,
      `    pollIntervalMs: ${INTERVAL}`,
      '  - id: secured',
      `    brokers: ${secured.listener('saslSsl').join(',')}`,
      `    pollIntervalMs: ${INTERVAL}`,
      `    ssl: { caFile: ${secured.tls.caFile} }`,
      '    sasl: { mechanism: scram-sha-512, username: kafkascope, password: { env: SECURED_PASSWORD } }',
      ...(withSilent
        ? ['  - id: silent', `    brokers: ${silentAddress}`, `    pollIntervalMs: ${INTERVAL}`, '    alerts: { rules: { cluster-unreachable: { forSeconds: 2 } } }']
        : []),
    ];
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
    return loadClusters({ KAFKASCOPE_CONFIG: file, SECURED_PASSWORD: password('kafkascope') });
  };

  /** Runs one instance's collectors for RUN_MS; each cluster's polls in that time. */
  async function run(withSilent: boolean): Promise<Map<string, Stats>> {
    const clusters = config(withSilent);
    const from = new Date();
    const running = startCollectors(clusters, db, database.url);
    await new Promise((r) => setTimeout(r, RUN_MS));
    await running.stop();
    const out = new Map<string, Stats>();
    for (const c of clusters) {
      const polls = await db.pollRun.findMany({ where: { clusterId: c.id, startedAt: { gte: from } }, orderBy: { startedAt: 'asc' } });
      // From the second poll on: the first waits for the stored state to load, so it starts late.
      const gaps = polls.slice(2).map((p, i) => p.startedAt.getTime() - polls[i + 1]!.startedAt.getTime());
      // The first poll connects and reads every config: reported apart.
      const ms = polls.slice(1).map((p) => p.durationMs);
      for (const p of polls) if (p.status !== 'ok' && c.id !== 'silent') console.log(`[multi-cluster] ${c.id} poll ${p.status} in ${p.durationMs} ms: ${p.error}`);
      out.set(c.id, { polls: polls.length, firstMs: polls[0]?.durationMs ?? NaN, medianMs: median(ms), maxMs: Math.max(...ms), gapMinMs: Math.min(...gaps), gapMaxMs: Math.max(...gaps) });
    }
    return out;
  }

  it('the healthy clusters poll as often and as fast with an unreachable one beside them', async () => {
    const alone = await run(false);
    const together = await run(true);
    const rows = [...together.keys()].map((id) => ({ cluster: id, without: alone.get(id) ?? null, with: together.get(id) }));
    console.log(`[multi-cluster] interval ${INTERVAL} ms, deadline ${DEADLINE} ms, ${RUN_MS} ms per run`);
    for (const r of rows) {
      const f = (s: Stats | null | undefined) => (s ? `${s.polls} polls, first ${s.firstMs} ms, then median ${s.medianMs} ms max ${s.maxMs} ms, start gaps ${s.gapMinMs}-${s.gapMaxMs} ms` : '(not configured)');
      console.log(`[multi-cluster] ${r.cluster.padEnd(8)} without the unreachable cluster: ${f(r.without)}\n[multi-cluster] ${''.padEnd(8)} with it:                          ${f(r.with)}`);
    }
    for (const id of ['plain', 'secured']) {
      const [a, b] = [alone.get(id)!, together.get(id)!];
      expect(b.polls, id).toBeGreaterThanOrEqual(a.polls - 1);
      // Well inside the deadline, and not slower than without the silent cluster beyond noise.
      expect(b.medianMs, id).toBeLessThan(DEADLINE / 4);
      expect(b.maxMs, id).toBeLessThan(DEADLINE / 2);
      expect(b.firstMs, id).toBeLessThan(DEADLINE);
      expect(b.medianMs, id).toBeLessThan(2 * a.medianMs + 100);
      // Fixed rate: each poll starts one interval after the previous one.
      expect(b.gapMinMs, id).toBeGreaterThanOrEqual(INTERVAL - 200);
      expect(b.gapMaxMs, id).toBeLessThan(INTERVAL + 200);
    }
    // The silent one fails every poll at its deadline, and keeps its interval too.
    const s = together.get('silent')!;
    expect(s.polls).toBeGreaterThanOrEqual(5);
    expect(s.maxMs).toBeLessThan(DEADLINE + 300);
    expect(s.gapMaxMs).toBeLessThan(INTERVAL + 200);
  });

  it('each cluster has its own status, history and alerts', async () => {
    const clusters = config(true);
    const summaries = new Map(await Promise.all(clusters.map(async (c) => [c.id, await clusterSummary(db, c)] as const)));
    expect(summaries.get('plain')?.lastPoll?.status).toBe('ok');
    expect(summaries.get('secured')?.lastPoll?.status).toBe('ok');
    expect(summaries.get('secured')?.saslMechanism).toBe('scram-sha-512');
    const silentSummary = summaries.get('silent')!;
    expect(silentSummary.lastPoll?.status).toBe('failed');
    expect(silentSummary.firstReachedAt).toBeNull();
    expect(silentSummary.statusReason).toMatch(/timed out/);
    console.log(`[multi-cluster] silent: status ${silentSummary.status}, ${silentSummary.statusReason}`);
    // Histories apart: each cluster's topics are its own.
    const topics = async (id: string) => (await listTopics(db, id, { includeInternal: true, page: 1, pageSize: 500 })).topics.map((t) => t.name);
    const [plainTopics, securedTopics] = await Promise.all([topics('plain'), topics('secured')]);
    expect([plainTopics.includes(`${TOPIC}-plain`), plainTopics.includes(`${TOPIC}-secured`)]).toEqual([true, false]);
    expect([securedTopics.includes(`${TOPIC}-secured`), securedTopics.includes(`${TOPIC}-plain`)]).toEqual([true, false]);
    expect(await db.broker.count({ where: { clusterId: 'silent' } })).toBe(0);
    expect(new Set((await db.broker.findMany({ where: { clusterId: 'secured' } })).map((b) => b.port))).toEqual(new Set(secured.listener('saslSsl').map((a) => Number(a.split(':')[1]))));
    // Alerts: only the silent cluster's unreachability fired, and it is that cluster's.
    const alerts = await db.alert.findMany({ where: { rule: 'cluster-unreachable' } });
    expect(alerts.map((a) => [a.clusterId, a.state])).toEqual([['silent', 'firing']]);
  });
});
