import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import kafkajs from 'kafkajs';
import { LocalCluster } from '@/dev/kafka/cluster';
import { KafkaProbe } from '@/lib/kafka';
import { Broker, ConnectionPool, silentLogger, socketFactory } from '@/lib/kafka/internals';

/**
 * The large real cluster the scale benches share (bench/large-cluster.ts, bench/api-load.ts): the
 * local 3-node cluster with BENCH_TOPICS × 10 partitions (RF 3; default 1,000 topics) and
 * BENCH_GROUPS groups (default 500) with commits on BENCH_GROUP_TOPICS topics each (default 4).
 */
const TOPICS = Number(process.env.BENCH_TOPICS ?? 1000);
const GROUPS = Number(process.env.BENCH_GROUPS ?? 500);
const GROUP_TOPICS = Number(process.env.BENCH_GROUP_TOPICS ?? 4);
export const PARTITIONS = 10;
const basePort = Number(process.env.BENCH_BASE_PORT ?? 27092);
// 320 MiB per node does not hold 10,000 partitions (dev/kafka/README.md).
process.env.KAFKA_NODE_HEAP ??= '1g';

/** The large bench cluster: ports BENCH_BASE_PORT (default 27092..27094), data kept in dev/.cache/ between runs. */
// A restart recovers 30,000 replica logs: far longer than the default 90 s on a busy machine.
export const cluster = new LocalCluster({ basePort, dataDir: `dev/.cache/bench-large-${basePort}`, readyTimeoutMs: 900_000, log: (m) => console.log(`[cluster] ${m}`) });
export const SIZE = { topics: TOPICS, groups: GROUPS, groupTopics: GROUP_TOPICS };
export const topicName = (i: number) => `large-${String(i).padStart(5, '0')}`;
export const groupName = (g: number) => `large-group-${String(g).padStart(4, '0')}`;

interface OffsetCommitter {
  connect(): Promise<void>;
  offsetCommit(req: { groupId: string; groupGenerationId: number; memberId: string; retentionTime: number; topics: { topic: string; partitions: { partition: number; offset: string }[] }[] }): Promise<unknown>;
}

/**
 * Commits for groups that have no members, the way `kafka-consumer-groups --reset-offsets` does
 * (OffsetCommit with generation -1): one request per group to its coordinator, not a consumer
 * joining each group (kafkajs' admin.setOffsets), which takes seconds per group.
 */
async function commitGroups(brokers: string[], names: string[]): Promise<void> {
  const probe = new KafkaProbe({ brokers, clientId: 'bench-commits' });
  const committers = new Map<string, OffsetCommitter>();
  try {
    const ids = Array.from({ length: GROUPS }, (_, g) => groupName(g));
    // The first FindCoordinator creates __consumer_offsets: ask again until every group has one.
    let coordinators = await probe.findCoordinators(ids);
    for (let i = 0; i < 60 && [...coordinators.values()].some((c) => 'error' in c); i++) {
      await new Promise((r) => setTimeout(r, 1000));
      coordinators = await probe.findCoordinators(ids);
    }
    for (let g = 0; g < GROUPS; g++) {
      const c = coordinators.get(groupName(g));
      if (!c || 'error' in c) throw new Error(`no coordinator for ${groupName(g)}: ${c && 'error' in c ? c.error : 'none'}`);
      const key = `${c.host}:${c.port}`;
      let b = committers.get(key);
      if (!b) {
        const connectionPool = new ConnectionPool({ host: c.host, port: c.port, clientId: 'bench-commits', ssl: null, sasl: null, logger: silentLogger(), socketFactory, connectionTimeout: 5000, requestTimeout: 10_000 });
        // kafkajs' Broker has offsetCommit; lib/kafka declares only what Kafkascope itself uses.
        b = new Broker({ connectionPool, logger: silentLogger() }) as unknown as OffsetCommitter;
        await b.connect();
        committers.set(key, b);
      }
      const topics = Array.from({ length: GROUP_TOPICS }, (_, k) => names[(g * GROUP_TOPICS + k) % names.length]!);
      // Half the groups fully caught up, half 5 messages behind on each partition.
      await b.offsetCommit({ groupId: groupName(g), groupGenerationId: -1, memberId: '', retentionTime: -1, topics: topics.map((topic) => ({ topic, partitions: Array.from({ length: PARTITIONS }, (_, p) => ({ partition: p, offset: g % 2 === 0 ? '20' : '15' })) })) });
    }
  } finally {
    await probe.close();
  }
}

const fillMarker = () => `${cluster.dataDir}.filled.json`;

/** Wipes the large cluster, and the note that it was filled. */
export async function wipeLarge(): Promise<void> {
  await cluster.wipe();
  rmSync(fillMarker(), { force: true });
}

/** Leaders move while a restarted large cluster settles: kafkajs' metadata lags behind for a while. */
async function retried<T>(f: () => Promise<T>, attempts = 15): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await f();
    } catch (e) {
      if (i >= attempts) throw e;
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
}

/** Waits (up to 3 minutes) until every partition of these topics has a leader: at 10,000 partitions that takes a while. */
async function leadersElected(names: string[]): Promise<void> {
  const probe = new KafkaProbe({ brokers: cluster.brokers(), clientId: 'bench-fill' });
  const wanted = new Set(names);
  try {
    for (let i = 0; ; i++) {
      const meta = await probe.fetchMetadata().catch(() => null);
      const ours = meta?.topics.filter((t) => wanted.has(t.name)) ?? [];
      const leaderless = ours.reduce((n, t) => n + t.partitions.filter((p) => p.leader < 0).length, 0);
      if (ours.length === names.length && leaderless === 0) return;
      if (i >= 180) throw new Error(`leaders not elected after 3 minutes: ${names.length - ours.length} topics missing, ${leaderless} partitions without a leader`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  } finally {
    await probe.close();
  }
}

/** Topics, records and group commits, once: a run that finds them in place adds nothing. Returns the topic names. */
export async function fill(kafka: kafkajs.Kafka): Promise<string[]> {
  const names = Array.from({ length: TOPICS }, (_, i) => topicName(i));
  // A finished fill of this size leaves a marker: a restarted 10k-partition cluster moves its
  // leaders for minutes, and reading it again meanwhile only fails.
  // Beside the data dir, not in it: dev/kafka refuses to wipe a folder holding files it did not make.
  const marker = fillMarker();
  const size = JSON.stringify({ topics: TOPICS, groups: GROUPS, groupTopics: GROUP_TOPICS });
  if (existsSync(marker) && readFileSync(marker, 'utf8') === size) {
    await leadersElected(names);
    return names;
  }
  await doFill(kafka, names);
  writeFileSync(marker, size);
  return names;
}

async function doFill(kafka: kafkajs.Kafka, names: string[]): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = names.filter((n) => !existing.has(n));
    const t0 = performance.now();
    for (let i = 0; i < missing.length; i += 50) {
      await admin.createTopics({ topics: missing.slice(i, i + 50).map((topic) => ({ topic, numPartitions: PARTITIONS, replicationFactor: 3 })), waitForLeaders: false });
      if (i % 500 === 0) console.log(`[fill] ${i + Math.min(50, missing.length - i)} of ${missing.length} topics created`);
    }
    if (missing.length) console.log(`[fill] ${missing.length} topics (${missing.length * PARTITIONS} partitions) created in ${Math.round((performance.now() - t0) / 1000)} s`);
    await leadersElected(names);
    // 20 records on every partition, so committed offsets 15 are 5 behind and 20 caught up. The
    // last topic is written last: records on it mean an earlier run finished this step.
    const filled = (await retried(() => admin.fetchTopicOffsets(names.at(-1)!))).every((p) => Number(p.high) >= 20);
    if (!filled || missing.length) {
      const producer = kafka.producer({ retry: { retries: 10, initialRetryTime: 500 } });
      await producer.connect();
      for (let i = 0; i < names.length; i += 20) {
        await producer.sendBatch({ topicMessages: names.slice(i, i + 20).map((topic) => ({ topic, messages: Array.from({ length: 20 * PARTITIONS }, (_, k) => ({ partition: k % PARTITIONS, value: `m${k}` })) })) });
      }
      await producer.disconnect();
      console.log(`[fill] 20 records on each partition`);
    }
    const groups = new Set((await admin.listGroups()).groups.map((g) => g.groupId));
    if (groups.size < GROUPS || !filled || missing.length) {
      await commitGroups(cluster.brokers(), names);
      console.log(`[fill] ${GROUPS} groups committed on ${GROUP_TOPICS} topics each (${GROUPS * GROUP_TOPICS * PARTITIONS} committed partitions)`);
    }
  } finally {
    await admin.disconnect();
  }
}

