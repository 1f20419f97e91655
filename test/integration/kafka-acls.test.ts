import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalCluster } from '@/dev/kafka/cluster';
import { ClusterCollector } from '@/lib/collector/cluster-collector';
import { createKafkaSource } from '@/lib/collector/kafka-source';
import type { ClusterConfig } from '@/lib/config/types';
import type { PollPhase } from '@/lib/model/stored';
import { createDb, type Db } from '@/lib/store/client';
import { migrate } from '@/lib/store/migrate';
import { listBrokers } from '@/lib/views/brokers';
import { clusterSummary } from '@/lib/views/clusters';
import { brokerConfigs, topicConfigs } from '@/lib/views/configs';
import { groupDetail, listGroups } from '@/lib/views/groups';
import { overview } from '@/lib/views/overview';
import { quorumView } from '@/lib/views/quorum';
import { hiddenTopicsProblem, lastPhaseProblem } from '@/lib/views/read-problems';
import { listTopics } from '@/lib/views/topics';
import { PollBanner } from '@/components/parts/frame/PollBanner';
import { freshDatabase, type TestDatabase } from '../support/database';
import { adminKafka, asAdmin, password, releaseSecureCluster, secureCluster, type Principal } from '../support/secure-cluster';

const TOPIC = `acl-${Date.now().toString(36)}`;
const GROUP = `${TOPIC}-group`;

/**
 * Least privilege, on the secured cluster with StandardAuthorizer: the ACLs of
 * docs/kafka-permissions.md are enough for every page, and one missing is a note on the part it
 * concerns (and a partial poll), not an empty page or zeros.
 */
describe('Kafkascope with exactly the ACLs it needs', () => {
  let cluster: LocalCluster;
  let database: TestDatabase;
  let db: Db;
  const configs = new Map<Principal, ClusterConfig>();

  /** One collector per principal (cluster id = the principal), polled once. */
  async function pollAs(principal: Principal): Promise<ClusterConfig> {
    const cfg: ClusterConfig = {
      id: principal,
      name: principal,
      brokers: cluster.listener('sasl'),
      pollIntervalMs: 5000,
      sasl: { mechanism: 'scram-sha-512', username: principal, password: password(principal) },
    };
    const collector = new ClusterCollector(cfg, { db, databaseUrl: database.url, createSource: createKafkaSource, log: (m) => console.log(`[acl ${principal}] ${m}`) });
    try {
      await collector.tick();
    } finally {
      await collector.stop();
    }
    configs.set(principal, cfg);
    return cfg;
  }
  const phases = async (id: string) => {
    const p = await db.pollRun.findFirstOrThrow({ where: { clusterId: id }, orderBy: { startedAt: 'desc' } });
    return { status: p.status, error: p.error, phases: p.phases as unknown as PollPhase[] };
  };
  const failedPhases = async (id: string) => Object.fromEntries((await phases(id)).phases.filter((p) => !p.ok).map((p) => [p.name, p.error]));

  beforeAll(async () => {
    cluster = await secureCluster();
    database = await freshDatabase();
    await migrate(database.url);
    db = createDb(database.url);
    await asAdmin(cluster, (admin) => admin.createTopics({ topics: [{ topic: TOPIC, numPartitions: 1, replicationFactor: 3 }], waitForLeaders: true }));
    const producer = adminKafka(cluster).producer();
    await producer.connect();
    await producer.send({ topic: TOPIC, messages: Array.from({ length: 10 }, (_, i) => ({ value: `m${i}`, timestamp: String(Date.now() - 60_000 + i) })) });
    await producer.disconnect();
    await asAdmin(cluster, (admin) => admin.setOffsets({ groupId: GROUP, topic: TOPIC, partitions: [{ partition: 0, offset: '5' }] }));
  });

  afterAll(async () => {
    await db?.$disconnect();
    await database?.drop();
    await releaseSecureCluster();
  });

  it('with exactly those ACLs: a complete poll, and every view complete', async () => {
    const cfg = await pollAs('kafkascope');
    const last = await phases(cfg.id);
    expect(await failedPhases(cfg.id)).toEqual({});
    expect(last.status).toBe('ok');
    expect(last.phases.map((p) => p.name).sort()).toEqual(['brokerconfigs', 'configs', 'elr', 'groups', 'logdirs', 'metadata', 'offsets', 'quorum', 'timestamps']);

    const summary = await clusterSummary(db, cfg);
    expect([summary.status, summary.statusReason]).toEqual(['ok', null]);
    const o = await overview(db, cfg);
    expect(o.noDataReason).toBeNull();
    expect(o.controllerId).not.toBeNull();
    expect(o.brokers).toEqual({ total: 3, up: 3, down: 0 });
    expect(o.groups).toBeGreaterThanOrEqual(1);
    const brokers = await listBrokers(db, cfg.id);
    expect(brokers.every((b) => b.logBytes !== null)).toBe(true);
    expect((await quorumView(db, cfg.id))?.replicas).toHaveLength(3);
    const topics = await listTopics(db, cfg.id, { includeInternal: false, page: 1, pageSize: 50 });
    expect(topics.topics.find((t) => t.name === TOPIC)).toMatchObject({ partitions: 1, replicationFactor: 3, messages: '10' });
    const topicCfg = await topicConfigs(db, cfg.id, TOPIC);
    expect([topicCfg.readAt === null, topicCfg.readProblem, topicCfg.entries.length > 10]).toEqual([false, null, true]);
    const brokerCfg = await brokerConfigs(db, cfg.id, 1);
    expect([brokerCfg.readAt === null, brokerCfg.readProblem, brokerCfg.entries.length > 50]).toEqual([false, null, true]);
    expect((await listGroups(db, cfg.id)).groups.find((g) => g.groupId === GROUP)).toMatchObject({ totalLag: '5' });
    const [p0] = (await groupDetail(db, cfg.id, GROUP)).partitions;
    // Exact lag in seconds: read from the record at the committed offset (Read on the topic).
    expect(p0).toMatchObject({ lag: '5', lagSecondsEstimate: 'exact' });
    expect(p0?.lagSeconds).toBeGreaterThan(30);
    expect(await lastPhaseProblem(db, cfg.id, 'groups')).toBeNull();
  });

  it('without DescribeConfigs: partial, and the configs say "not authorized to describe configs"', async () => {
    const cfg = await pollAs('no-configs');
    const failed = await failedPhases(cfg.id);
    expect(Object.keys(failed).sort()).toEqual(['brokerconfigs', 'configs']);
    expect(failed.configs).toMatch(new RegExp(`^not authorized to describe configs of topics .*${TOPIC}.* \\(TOPIC_AUTHORIZATION_FAILED\\): grant DescribeConfigs on the topics`));
    expect(failed.brokerconfigs).toMatch(/^not authorized to describe configs of brokers \(CLUSTER_AUTHORIZATION_FAILED\): grant DescribeConfigs on the cluster/);
    const summary = await clusterSummary(db, cfg);
    expect(summary.lastPoll?.status).toBe('partial');
    expect(summary.status).toBe('degraded');
    const topicCfg = await topicConfigs(db, cfg.id, TOPIC);
    expect(topicCfg.readAt).toBeNull();
    expect(topicCfg.readProblem).toBe(failed.configs);
    expect((await brokerConfigs(db, cfg.id, 1)).readProblem).toBe(failed.brokerconfigs);
    // Everything else is there.
    expect((await listGroups(db, cfg.id)).groups.find((g) => g.groupId === GROUP)).toMatchObject({ totalLag: '5' });
    expect((await overview(db, cfg)).brokers).toEqual({ total: 3, up: 3, down: 0 });
    const html = renderToStaticMarkup(createElement(PollBanner, { summary, error: null }));
    expect(html).toContain('Last poll was partial');
    expect(html).toContain('not authorized to describe configs of topics');
  });

  it('without Describe on groups: the groups are listed with a note, not dropped', async () => {
    const cfg = await pollAs('no-groups');
    const failed = await failedPhases(cfg.id);
    expect(Object.keys(failed)).toEqual(['groups']);
    expect(failed.groups).toMatch(new RegExp(`^not authorized to describe consumer groups .*${GROUP}.* \\(GROUP_AUTHORIZATION_FAILED\\): grant Describe on the groups`));
    expect(await lastPhaseProblem(db, cfg.id, 'groups')).toBe(failed.groups);
    const row = (await listGroups(db, cfg.id)).groups.find((g) => g.groupId === GROUP);
    expect(row).toBeDefined();
    expect(row?.totalLag).toBeNull();
  });

  it('without Read on topics: lag in seconds is an estimate, and the note says why', async () => {
    const cfg = await pollAs('no-read');
    const failed = await failedPhases(cfg.id);
    expect(Object.keys(failed)).toEqual(['timestamps']);
    expect(failed.timestamps).toMatch(new RegExp(`^not authorized to read records of topics .*${TOPIC}.* \\(TOPIC_AUTHORIZATION_FAILED\\): grant Read on the topics; lag in seconds is estimated`));
    const [p0] = (await groupDetail(db, cfg.id, GROUP)).partitions;
    expect(p0?.lag).toBe('5');
    expect(p0?.lagSecondsEstimate).not.toBe('exact');
    console.log(`[acl no-read] lag seconds ${p0?.lagSeconds} (${p0?.lagSecondsEstimate})`);
  });

  it('without Describe on the cluster: the quorum and log dirs are not authorized', async () => {
    const cfg = await pollAs('no-cluster');
    const failed = await failedPhases(cfg.id);
    console.log(`[acl no-cluster] ${JSON.stringify(failed)}`);
    expect(Object.keys(failed).sort()).toEqual(['logdirs', 'quorum']);
    expect(failed.quorum).toMatch(/^not authorized to describe the KRaft quorum \(CLUSTER_AUTHORIZATION_FAILED\): grant Describe on the cluster/);
    expect(failed.logdirs).toMatch(/^not authorized to describe log dirs \(CLUSTER_AUTHORIZATION_FAILED\): grant Describe on the cluster/);
  });

  it('without Describe on topics: Kafka hides them, and the log dirs give them away', async () => {
    const cfg = await pollAs('no-topics');
    const failed = await failedPhases(cfg.id);
    expect(Object.keys(failed)).toEqual(['logdirs']);
    expect(failed.logdirs).toMatch(new RegExp(`^not authorized to describe topics .*${TOPIC}.* \\(they are in the brokers' log dirs, but Kafka leaves them out of metadata\\): grant Describe on the topics`));
    expect((await listTopics(db, cfg.id, { includeInternal: true, page: 1, pageSize: 50 })).total).toBe(0);
    expect(await hiddenTopicsProblem(db, cfg.id)).toBe(failed.logdirs);
  });
});
