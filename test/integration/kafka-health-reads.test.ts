import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalCluster } from '@/dev/kafka/cluster';
import { quorumStatus } from '@/lib/analysis/quorum-status';
import { KafkaProbe, type ConfigEntry, type TopicPartitionsDescription } from '@/lib/kafka';
import { eventually, testCluster } from '../support/cluster';
import { parseConfigsDescribe, type ToolConfig } from '../support/kafka-configs';
import { parseQuorumReplication, parseQuorumStatus } from '../support/kafka-metadata-quorum';
import { parseTopicsElr, type ToolElrPartition } from '../support/kafka-topics-elr';

const suffix = Date.now().toString(36);
const CFG = `health-cfg-${suffix}`;
const MIN2 = `health-elr-min2-${suffix}`; // RF 3, min.insync.replicas 2
const MIN3 = `health-elr-min3-${suffix}`; // RF 3, min.insync.replicas 3
const RF1 = `health-elr-rf1-${suffix}`; // one replica, on broker 3
const ZERO_UUID = 'AAAAAAAAAAAAAAAAAAAAAA';
const SESSION_TIMEOUT_MS = 4000; // dev/kafka's broker.session.timeout.ms

/** What ConfigCommand prints of our entry; the source only where the tool shows one (its first synonym). */
const asTool = (e: ConfigEntry): ToolConfig => {
  const synonyms = (e.synonyms ?? []).map((s) => ({ source: s.sourceName, name: s.name, value: String(s.value) }));
  return { name: e.name, value: String(e.value), sensitive: e.sensitive, synonyms, source: synonyms.length ? e.sourceName : null };
};

/** Our partitions in the shape of kafka-topics' ELR columns. */
const asToolPartitions = (topics: TopicPartitionsDescription[]): ToolElrPartition[] =>
  topics.flatMap((t) =>
    t.partitions.map((p) => ({
      topic: t.name, partition: p.partition, leader: p.leader < 0 ? null : p.leader, replicas: p.replicas, isr: p.isr,
      elr: p.eligibleLeaderReplicas, lastKnownElr: p.lastKnownElr,
    })),
  );

describe('health reads agree with Kafka 4.1 tools', () => {
  let cluster: LocalCluster;
  let probe: KafkaProbe;
  let features = '';
  // With brokers dead the tool's Admin client otherwise waits out its 60 s default API timeout.
  const adminProps = path.join(os.tmpdir(), `kafkascope-health-${suffix}.properties`);

  async function tool(...args: Parameters<LocalCluster['runTool']>): Promise<string> {
    const r = await cluster.runTool(...args);
    expect(r.code, `${r.stderr}${r.stdout}`.replace(/^\s+at .*\n/gm, '')).toBe(0);
    return r.stdout;
  }

  beforeAll(async () => {
    fs.writeFileSync(adminProps, 'default.api.timeout.ms=10000\nrequest.timeout.ms=3000\n');
    cluster = await testCluster();
    probe = new KafkaProbe({ brokers: cluster.brokers() });
    const created = Promise.all([
      [CFG, '--partitions', '1', '--replication-factor', '3', '--config', 'min.insync.replicas=2', '--config', 'retention.ms=3600000'],
      [MIN2, '--replica-assignment', '1:2:3', '--config', 'min.insync.replicas=2'],
      [MIN3, '--replica-assignment', '1:2:3', '--config', 'min.insync.replicas=3'],
      [RF1, '--replica-assignment', '3'],
    ].map(([topic, ...args]) => tool('topics', ['--create', '--topic', topic!, ...args])));
    [features] = await Promise.all([tool('features', ['describe']), created]);
  });

  afterAll(async () => {
    await probe?.close();
    await cluster?.start();
    fs.rmSync(adminProps, { force: true });
  });

  it('describes the controller quorum as kafka-metadata-quorum does', async () => {
    const before = await probe.describeQuorum();
    const [replication, status] = await Promise.all([
      tool('metadata-quorum', ['describe', '--replication']),
      tool('metadata-quorum', ['describe', '--status']),
    ]);
    const after = await probe.describeQuorum();
    expect([after.leaderId, after.leaderEpoch]).toEqual([before.leaderId, before.leaderEpoch]); // no election meanwhile
    const [s1, s2] = [quorumStatus(before), quorumStatus(after)];
    if (!s1 || !s2) throw new Error('no quorum leader');

    // Ids, directory ids and roles exactly; offsets and times lie between our two answers.
    const rows = parseQuorumReplication(replication);
    expect(rows.map((r) => [r.nodeId, r.directoryId, r.status])).toEqual(s2.replicas.map((r) => [r.replicaId, r.directoryId ?? ZERO_UUID, r.status]));
    const [leader1, leader2] = [s1.replicas[0]!, s2.replicas[0]!];
    rows.forEach((row, i) => {
      const [a, b] = [s1.replicas[i]!, s2.replicas[i]!];
      expect(row.logEndOffset).toBeGreaterThanOrEqual(a.logEndOffset);
      expect(row.logEndOffset).toBeLessThanOrEqual(b.logEndOffset);
      expect(row.lag).toBeGreaterThanOrEqual(leader1.logEndOffset - b.logEndOffset);
      expect(row.lag).toBeLessThanOrEqual(leader2.logEndOffset - a.logEndOffset);
      for (const k of ['lastFetchTimestamp', 'lastCaughtUpTimestamp'] as const) {
        expect(row[k] === -1, `${k} of ${row.nodeId}`).toBe(b[k] === null);
        if (row[k] !== -1) expect(row[k]).toBeGreaterThanOrEqual(a[k] ?? 0);
        if (row[k] !== -1) expect(row[k]).toBeLessThanOrEqual(b[k] ?? 0);
      }
    });

    const st = parseQuorumStatus(status);
    expect([st.leaderId, st.leaderEpoch]).toEqual([after.leaderId, after.leaderEpoch]);
    expect(st.highWatermark).toBeGreaterThanOrEqual(before.highWatermark);
    expect(st.highWatermark).toBeLessThanOrEqual(after.highWatermark);
    expect(st.maxFollowerLag).toBeLessThanOrEqual(leader2.logEndOffset - s1.replicas.reduce((m, r) => (r.logEndOffset < m ? r.logEndOffset : m), leader1.logEndOffset));
    expect(st.maxFollowerLagTimeMs === -1).toBe(s2.maxFollowerLagTimeMs === null);
    const endpoints = (id: number) => (after.nodes ?? []).find((n) => n.nodeId === id)?.listeners.map((l) => `${l.name}://${l.host}:${l.port}`) ?? [];
    expect(st.currentVoters.map((v) => [v.id, v.directoryId ?? null, v.endpoints ?? []])).toEqual(after.voters.map((v) => [v.replicaId, v.directoryId, endpoints(v.replicaId)]));
    expect(st.currentObservers.map((o) => o.id)).toEqual(after.observers.map((o) => o.replicaId));
  });

  it('reads every config of a topic, with its source, as kafka-configs --describe --all does', async () => {
    const [[ours], printed] = await Promise.all([
      probe.describeTopicConfigs([CFG], null, { synonyms: true }),
      tool('configs', ['--describe', '--all', '--entity-type', 'topics', '--entity-name', CFG]),
    ]);
    expect(ours?.error).toBeNull();
    expect(ours?.entries.map(asTool)).toEqual(parseConfigsDescribe(printed));
    const byName = new Map(ours?.entries.map((e) => [e.name, e]));
    expect(byName.get('min.insync.replicas')).toMatchObject({ value: '2', source: 1, sourceName: 'DYNAMIC_TOPIC_CONFIG' });
    expect(byName.get('retention.ms')).toMatchObject({ value: '3600000', sourceName: 'DYNAMIC_TOPIC_CONFIG' });
    // the collector's narrow read (no synonyms) still marks overrides with source 1
    const [narrow] = await probe.describeTopicConfigs([CFG], ['min.insync.replicas', 'cleanup.policy']);
    expect(narrow?.entries.map((e) => [e.name, e.source, e.synonyms])).toEqual([['cleanup.policy', 5, undefined], ['min.insync.replicas', 1, undefined]]);
  });

  it("reads a broker's configs from that broker, a dynamic override included, as kafka-configs does", async () => {
    // A per-broker dynamic thread pool size, harmless to change. (log.cleaner.threads=2 is refused
    // here: dev/kafka's 2 MiB log.cleaner.dedupe.buffer.size leaves under 1 MB per cleaner thread.)
    const threads = async (id: number) => (await probe.describeBrokerConfigs(id)).entries.find((e) => e.name === 'background.threads');
    await tool('configs', ['--alter', '--entity-type', 'brokers', '--entity-name', '1', '--add-config', 'background.threads=5']);
    try {
      await eventually(async () => (await threads(1))?.sourceName === 'DYNAMIC_BROKER_CONFIG', 'the dynamic broker config');
      const [ours, printed, defaults, printedDefaults] = await Promise.all([
        probe.describeBrokerConfigs(1, { synonyms: true }),
        tool('configs', ['--describe', '--all', '--entity-type', 'brokers', '--entity-name', '1']),
        probe.describeBrokerConfigs(null, { synonyms: true }),
        tool('configs', ['--describe', '--all', '--entity-type', 'brokers', '--entity-default']),
      ]);
      expect(ours.entries.length).toBeGreaterThan(200);
      expect(ours.entries.map(asTool)).toEqual(parseConfigsDescribe(printed));
      expect(defaults.entries.map(asTool)).toEqual(parseConfigsDescribe(printedDefaults));
      const byName = new Map(ours.entries.map((e) => [e.name, e]));
      expect(byName.get('background.threads')?.synonyms?.map((s) => [s.sourceName, s.value])).toEqual([
        ['DYNAMIC_BROKER_CONFIG', '5'], ['STATIC_BROKER_CONFIG', '4'], ['DEFAULT_CONFIG', '10'],
      ]);
      expect(byName.get('broker.rack')).toMatchObject({ value: 'r1', sourceName: 'STATIC_BROKER_CONFIG', readOnly: true });
      expect(ours.entries.filter((e) => e.sensitive).every((e) => e.value === null)).toBe(true);
      // broker 2 answers for itself: its own rack, and no override
      const two = await probe.describeBrokerConfigs(2);
      expect(two.entries.find((e) => e.name === 'broker.rack')?.value).toBe('r2');
      expect(await threads(2)).toMatchObject({ value: '4', sourceName: 'STATIC_BROKER_CONFIG' });
    } finally {
      await tool('configs', ['--alter', '--entity-type', 'brokers', '--entity-name', '1', '--delete-config', 'background.threads']);
    }
    await eventually(async () => (await threads(1))?.sourceName === 'STATIC_BROKER_CONFIG', 'the static value back');
  });

  it('reports eligible leader replicas as kafka-topics does while brokers die', async () => {
    const topics = [MIN2, MIN3, RF1];
    const ours = async () => asToolPartitions(await probe.describeTopicPartitions(topics));
    /** null when the tool failed for want of an active controller (it asks one for reassignments). */
    const printed = async (): Promise<ToolElrPartition[] | null> => {
      const r = await cluster.runTool('topics', ['--describe', '--topic', topics.join('|'), '--command-config', adminProps]);
      if (r.code === 0) return parseTopicsElr(r.stdout);
      expect(r.stdout + r.stderr).toMatch(/TimeoutException: Call\(callName=listPartitionReassignments/);
      return null;
    };
    /** Ours, the tool, ours again: compare only when nothing moved in between. */
    const agreeAtOneMoment = (toolMayFail = false) =>
      eventually(async () => {
        const before = await ours();
        const tools = await printed();
        const after = await ours();
        if (JSON.stringify(after) !== JSON.stringify(before)) return false;
        if (tools || !toolMayFail) expect(tools).toEqual(after);
        return new Map(after.map((p) => [p.topic, p]));
      }, 'a stable partition state');

    // A freshly formatted 4.1 cluster finalizes ELR (KIP-966) at level 1: nothing to enable.
    expect(features).toMatch(/Feature: eligible\.leader\.replicas\.version\s.*FinalizedVersionLevel: 1\s/);
    try {
      // One broker down: the quorum (2 of 3 controllers) still decides.
      await cluster.kill(3);
      await eventually(async () => (await ours()).every((p) => !p.isr.includes(3)), 'broker 3 out of every ISR');
      const one = await agreeAtOneMoment();
      expect(one.get(MIN2)).toMatchObject({ leader: 1, isr: [1, 2], elr: [], lastKnownElr: [] }); // ISR still >= min ISR
      expect(one.get(MIN3)).toMatchObject({ leader: 1, isr: [1, 2], elr: [3], lastKnownElr: [] }); // below min ISR: 3 is eligible
      expect(one.get(RF1)).toMatchObject({ leader: null, isr: [], elr: [3], lastKnownElr: [3] }); // offline, 3 last known

      // Two down: with combined broker+controller nodes the KRaft quorum is gone, so nothing
      // changes any more — broker 2 stays in the ISRs — and broker 1 serves that frozen state.
      // kafka-topics may then fail: it also asks the (possibly gone) active controller for reassignments.
      await cluster.kill(2);
      const killedAt = Date.now();
      const two = await agreeAtOneMoment(true);
      await new Promise((r) => setTimeout(r, Math.max(0, killedAt + SESSION_TIMEOUT_MS + 2000 - Date.now())));
      expect(await ours()).toEqual([...two.values()]);
      expect([...two.values()]).toEqual([...one.values()]);
    } finally {
      await cluster.start();
    }
    // Back: the single replica of RF1 is elected again from its last known ELR; the ELR empties.
    await eventually(async () => {
      const all = await ours();
      return all.every((p) => p.isr.length === p.replicas.length && p.elr?.length === 0 && p.lastKnownElr?.length === 0) && all;
    }, 'full ISRs and empty ELRs');
  });
});
