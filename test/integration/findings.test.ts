// Findings on the real cluster: the sign-up topic with one replica is flagged with a fix that
// Kafka's own tools can run (and that clears it); what-if for a broker predicts exactly what a
// real kill of it does; a group below the log start shows the messages it skipped, as Kafka's
// tools count them; the quorum and the configs equal kafka-metadata-quorum and kafka-configs.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import kafkajs from 'kafkajs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalCluster } from '@/dev/kafka/cluster';
import type { KafkaTool } from '@/dev/kafka/tools';
import { ClusterCollector } from '@/lib/collector/cluster-collector';
import { createKafkaSource } from '@/lib/collector/kafka-source';
import { createDb, type Db } from '@/lib/store/client';
import { migrate } from '@/lib/store/migrate';
import { brokerConfigs, topicConfigs } from '@/lib/views/configs';
import { listFindings } from '@/lib/views/findings';
import { quorumView } from '@/lib/views/quorum';
import { whatIfView } from '@/lib/views/what-if';
import { eventually, testCluster } from '../support/cluster';
import { freshDatabase, type TestDatabase } from '../support/database';
import { parseConfigsDescribe } from '../support/kafka-configs';
import { parseQuorumReplication } from '../support/kafka-metadata-quorum';
import { parseTopicsDescribe } from '../support/kafka-topics';

const { Kafka, logLevel } = kafkajs;
const id = Date.now().toString(36);
const SIGNUP = `account_event-${id}`; // the incident's topic: one partition, one replica on broker 1
const ORDERS = `orders-${id}`; // RF 3, min ISR 2
const AUDIT = `audit-${id}`; // RF 3, min ISR 3: any broker loss stops acks=all
const RETAINED = `retained-${id}`;
const LATE = `late-${id}`;
const C = 'findings';

describe('findings on a real cluster', () => {
  let cluster: LocalCluster;
  let database: TestDatabase;
  let db: Db;
  let collector: ClusterCollector;
  const tick = () => collector.tick();
  const findings = async (topic?: string) => (await listFindings(db, C, topic ? { topic } : {})).findings;
  const tool = async (name: KafkaTool, args: string[]) => {
    const r = await cluster.runTool(name, args);
    expect(r.code, `${name} ${args.join(' ')}: ${r.stderr}`).toBe(0);
    return r.stdout;
  };

  beforeAll(async () => {
    cluster = await testCluster();
    database = await freshDatabase();
    await migrate(database.url);
    db = createDb(database.url);
    await tool('topics', ['--create', '--topic', SIGNUP, '--replica-assignment', '1']);
    await tool('topics', ['--create', '--topic', ORDERS, '--partitions', '3', '--replication-factor', '3', '--config', 'min.insync.replicas=2']);
    await tool('topics', ['--create', '--topic', AUDIT, '--partitions', '2', '--replication-factor', '3', '--config', 'min.insync.replicas=3']);
    await tool('topics', ['--create', '--topic', RETAINED, '--partitions', '1', '--replication-factor', '3', '--config', 'retention.ms=3600000']);
    collector = new ClusterCollector({ id: C, name: C, brokers: cluster.brokers(), pollIntervalMs: 3000 }, { db, databaseUrl: database.url, createSource: createKafkaSource, log: () => undefined });
    await tick();
  });

  afterAll(async () => {
    await collector?.stop();
    await cluster?.start();
    await db?.$disconnect();
    await database?.drop();
  });

  it('flags the single-replica topic as critical with a fix that Kafka’s tools run, and the fix clears it', async () => {
    const [f] = (await findings(SIGNUP)).filter((x) => x.rule === 'topic-rf1');
    expect(f).toMatchObject({ severity: 'critical', title: `${SIGNUP} has a single replica (on broker 1)` });
    const audit = (await findings(AUDIT)).map((x) => x.rule);
    expect(audit).toContain('min-isr-equals-rf');
    const raised = await db.event.findMany({ where: { clusterId: C, type: 'FINDING_RAISED', topic: SIGNUP } });
    expect(raised).toHaveLength(1);

    // Run the fix exactly as given: save the plan, run each command with Kafka's own tool.
    const dir = tmpdir();
    for (const file of f!.fix.files ?? []) writeFileSync(join(dir, file.name), file.content);
    for (const c of f!.fix.commands) {
      const args = c.args.map((a) => (f!.fix.files?.some((x) => x.name === a) ? join(dir, a) : a));
      const name = c.tool.replace(/^kafka-/, '') as KafkaTool;
      if (args.includes('--verify')) {
        await eventually(async () => /is completed/.test((await cluster.runTool(name, args)).stdout) || null, 'the reassignment to complete', 60_000, 2000);
      } else await tool(name, args);
    }
    const described = parseTopicsDescribe(await tool('topics', ['--describe', '--topic', SIGNUP]));
    expect(described[0]?.replicas.length).toBe(3);
    await eventually(async () => {
      await tick();
      return (await findings(SIGNUP)).every((x) => x.rule !== 'topic-rf1');
    }, 'the finding to clear once the fix is in', 60_000, 1000);
    const cleared = await db.event.findMany({ where: { clusterId: C, type: 'FINDING_CLEARED', topic: SIGNUP } });
    expect(cleared.map((e) => (e.details as { rule: string }).rule)).toContain('topic-rf1');
  });

  it('what-if for broker 3 predicts exactly the partitions a real kill of broker 3 takes offline or under min ISR', async () => {
    await tool('topics', ['--create', '--topic', LATE, '--replica-assignment', '3,3']);
    await tick();
    await tick();
    const predicted = await whatIfView(db, C, { brokers: [3] });
    const name = (p: { topic: string; partition: number }) => `${p.topic}-${p.partition}`;
    const ours = { offline: predicted.offline.map(name).filter((n) => n.includes(id)).sort(), underMinIsr: predicted.underMinIsr.map(name).filter((n) => n.includes(id)).sort() };
    expect(ours.offline).toEqual([`${LATE}-0`, `${LATE}-1`]);
    expect(ours.underMinIsr).toEqual([`${AUDIT}-0`, `${AUDIT}-1`]);
    await cluster.kill(3);
    try {
      const actual = await eventually(async () => {
        await tick();
        const off = parseTopicsDescribe((await cluster.runTool('topics', ['--describe', '--unavailable-partitions'])).stdout).map(name).filter((n) => n.includes(id)).sort();
        const umi = parseTopicsDescribe((await cluster.runTool('topics', ['--describe', '--under-min-isr-partitions'])).stdout).map(name).filter((n) => n.includes(id)).sort();
        return off.length === ours.offline.length && umi.length >= ours.underMinIsr.length ? { off, umi } : null;
      }, 'broker 3 fenced', 60_000, 1000);
      // kafka-topics lists offline partitions under min ISR too; the prediction keeps them apart.
      expect(actual.off).toEqual(ours.offline);
      expect(actual.umi.filter((n) => !ours.offline.includes(n))).toEqual(ours.underMinIsr);
    } finally {
      await cluster.restart(3);
    }
  });

  it('a group below the log start shows the messages it skipped, as kafka-consumer-groups and GetOffsetShell count them', async () => {
    const kafka = new Kafka({ clientId: 'findings-test', brokers: cluster.brokers(), logLevel: logLevel.NOTHING });
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic: RETAINED, messages: Array.from({ length: 200 }, (_, i) => ({ value: `m${i}` })) });
    await producer.disconnect();
    const group = `behind-${id}`;
    await tool('consumer-groups', ['--reset-offsets', '--group', group, '--topic', RETAINED, '--to-offset', '20', '--execute']);
    const file = join(tmpdir(), `delete-${id}.json`);
    writeFileSync(file, JSON.stringify({ version: 1, partitions: [{ topic: RETAINED, partition: 0, offset: 150 }] }));
    await tool('delete-records', ['--offset-json-file', file]);
    const [f] = await eventually(async () => {
      await tick();
      const xs = (await listFindings(db, C, { group })).findings.filter((x) => x.rule === 'retention-skipped');
      return xs.length > 0 ? xs : null;
    }, 'the retention finding', 30_000, 1000);
    const earliest = await tool('get-offsets', ['--topic', RETAINED, '--time', '-2']);
    const logStart = BigInt(/:0:(\d+)/.exec(earliest)![1]!);
    const described = await tool('consumer-groups', ['--describe', '--group', group]);
    const committed = BigInt(new RegExp(`${RETAINED}\\s+0\\s+(\\d+)`).exec(described)![1]!);
    expect(f!.facts.skippedMessages).toBe((logStart - committed).toString());
    expect(f!.title).toBe(`${group} will skip ${(logStart - committed).toString()} messages that retention deleted before it read them`);
  });

  it('the quorum equals kafka-metadata-quorum describe --replication', async () => {
    await eventually(async () => {
      await tick();
      const ours = await quorumView(db, C);
      const theirs = parseQuorumReplication(await tool('metadata-quorum', ['describe', '--replication']));
      if (!ours) return null;
      const shape = (rows: { id: number; status: string }[]) => rows.map((r) => `${r.id}:${r.status}`).sort();
      expect(shape(ours.replicas.map((r) => ({ id: r.replicaId, status: r.status })))).toEqual(shape(theirs.map((r) => ({ id: r.nodeId, status: r.status }))));
      // Offsets move constantly: the tool ran after our read, so its figures are at least ours.
      for (const r of ours.replicas) {
        const t = theirs.find((x) => x.nodeId === r.replicaId)!;
        expect(t.logEndOffset >= BigInt(r.logEndOffset)).toBe(true);
      }
      expect(ours.leaderId).toBe(theirs.find((t) => t.status === 'Leader')?.nodeId);
      return true;
    }, 'the quorum compared', 30_000, 1000);
  });

  it('topic and broker config values and sources equal kafka-configs --describe --all', async () => {
    // Full configs are read on the first poll and every 60th; this collector's first poll read them.
    const ours = await topicConfigs(db, C, ORDERS);
    const theirs = parseConfigsDescribe(await tool('configs', ['--describe', '--all', '--entity-type', 'topics', '--entity-name', ORDERS]));
    expect(ours.entries.length).toBe(theirs.length);
    for (const t of theirs) {
      const o = ours.entries.find((e) => e.name === t.name);
      expect(o, t.name).toBeTruthy();
      expect(o!.value ?? 'null').toBe(t.value);
      if (t.source) expect(o!.source, t.name).toBe(t.source);
    }
    expect(ours.entries.find((e) => e.name === 'min.insync.replicas')).toMatchObject({ value: '2', source: 'DYNAMIC_TOPIC_CONFIG' });
    const broker = await brokerConfigs(db, C, 1);
    const tb = parseConfigsDescribe(await tool('configs', ['--describe', '--all', '--entity-type', 'brokers', '--entity-name', '1']));
    for (const t of tb.filter((x) => !x.sensitive)) {
      const o = broker.entries.find((e) => e.name === t.name);
      expect(o, t.name).toBeTruthy();
      expect(o!.value ?? 'null', t.name).toBe(t.value);
      if (t.source) expect(o!.source, t.name).toBe(t.source);
    }
  });
});
