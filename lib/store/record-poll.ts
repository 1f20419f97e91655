import type { ClusterEvent, ClusterState } from '@/lib/analysis/types';
import type { PollResult } from '@/lib/collector/poll';
import type { Db } from './client';

export interface PollRecord {
  clusterId: string;
  clusterName: string;
  poll: PollResult;
  state: ClusterState;
  events: ClusterEvent[];
}

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

/**
 * Stores one poll atomically: the poll row, the events, and (when the cluster answered) the new
 * current state. Either all of it lands or none, so a retry after a database outage re-derives
 * the same events from the last stored state.
 */
export async function recordPoll(db: Db, rec: PollRecord): Promise<void> {
  const at = rec.poll.startedAt;
  await db.$transaction(
    async (tx) => {
      await upsertCluster(tx, rec);
      await tx.pollRun.create({
        data: {
          clusterId: rec.clusterId,
          startedAt: at,
          durationMs: Math.round(rec.poll.durationMs),
          status: rec.poll.status,
          error: rec.poll.error,
          phases: rec.poll.phases.map((p) => ({ ...p })),
        },
      });
      if (rec.events.length > 0) {
        await tx.event.createMany({
          data: rec.events.map((e) => ({
            clusterId: rec.clusterId,
            at,
            type: e.type,
            brokerId: e.brokerId ?? null,
            topic: e.topic ?? null,
            partition: e.partition ?? null,
            details: e.details as object,
          })),
        });
      }
      if (rec.state.reachable && rec.poll.metadata) await writeCurrentState(tx, rec);
    },
    { timeout: 20000, maxWait: 10000 },
  );
}

async function upsertCluster(tx: Tx, rec: PollRecord): Promise<void> {
  const at = rec.poll.startedAt;
  const prev = await tx.cluster.findUnique({ where: { id: rec.clusterId } });
  const reachable = rec.state.reachable;
  const unreachableSince = reachable ? null : (prev?.unreachableSince ?? (prev?.reachable === false ? prev.lastPollAt : null) ?? at);
  const data = {
    name: rec.clusterName,
    kafkaClusterId: rec.poll.metadata?.clusterId ?? prev?.kafkaClusterId ?? null,
    controllerId: rec.state.controllerId,
    reachable,
    unreachableSince,
    lastPollAt: at,
  };
  await tx.cluster.upsert({ where: { id: rec.clusterId }, create: { id: rec.clusterId, ...data }, update: data });
}

async function writeCurrentState(tx: Tx, rec: PollRecord): Promise<void> {
  const { clusterId, state, poll } = rec;
  const at = poll.startedAt;
  const brokers = state.brokers.map((b) => ({ id: b.id, host: b.host, port: b.port, rack: b.rack, up: b.up }));
  await tx.$executeRaw`
    INSERT INTO broker (cluster_id, broker_id, host, port, rack, up, since, last_seen_at)
    SELECT ${clusterId}, x.id, x.host, x.port, x.rack, x.up, ${at}, ${at}
    FROM jsonb_to_recordset(${JSON.stringify(brokers)}::jsonb) AS x(id int, host text, port int, rack text, up boolean)
    ON CONFLICT (cluster_id, broker_id) DO UPDATE SET
      host = EXCLUDED.host, port = EXCLUDED.port, rack = EXCLUDED.rack, up = EXCLUDED.up,
      since = CASE WHEN broker.up IS DISTINCT FROM EXCLUDED.up THEN EXCLUDED.since ELSE broker.since END,
      last_seen_at = CASE WHEN EXCLUDED.up THEN EXCLUDED.last_seen_at ELSE broker.last_seen_at END`;

  const topicNames = state.topics.map((t) => t.name);
  const meta = new Map((poll.metadata?.topics ?? []).map((t) => [t.name, t]));
  const topics = state.topics.map((t) => ({
    name: t.name,
    topicId: meta.get(t.name)?.topicId ?? null,
    internal: t.internal,
    partitionCount: t.partitions.length,
    rf: t.partitions[0]?.replicas.length ?? 0,
    configs: poll.configs?.get(t.name) ?? null,
  }));
  await tx.$executeRaw`
    INSERT INTO topic (cluster_id, name, topic_id, internal, partition_count, replication_factor, configs, first_seen_at, updated_at)
    SELECT ${clusterId}, x.name, x."topicId", x.internal, x."partitionCount", x.rf, x.configs, ${at}, ${at}
    FROM jsonb_to_recordset(${JSON.stringify(topics)}::jsonb)
      AS x(name text, "topicId" text, internal boolean, "partitionCount" int, rf int, configs jsonb)
    ON CONFLICT (cluster_id, name) DO UPDATE SET
      topic_id = EXCLUDED.topic_id, internal = EXCLUDED.internal, partition_count = EXCLUDED.partition_count,
      replication_factor = EXCLUDED.replication_factor, updated_at = EXCLUDED.updated_at,
      configs = COALESCE(EXCLUDED.configs, topic.configs)`;
  await tx.topic.deleteMany({ where: { clusterId, name: { notIn: topicNames } } });
  await tx.partitionState.deleteMany({ where: { clusterId, topic: { notIn: topicNames } } });

  const offsets = new Map((poll.offsets ?? []).map((o) => [`${o.topic}\u0000${o.partition}`, o]));
  const parts = state.topics.flatMap((t) =>
    t.partitions.map((p) => {
      const o = offsets.get(`${p.topic}\u0000${p.partition}`);
      return {
        topic: p.topic,
        partition: p.partition,
        leader: p.leader,
        replicas: p.replicas,
        isr: p.isr,
        offline: p.offlineReplicas,
        start: o?.startOffset?.toString() ?? null,
        end: o?.endOffset?.toString() ?? null,
      };
    }),
  );
  await tx.$executeRaw`
    INSERT INTO partition_state (cluster_id, topic, partition, leader, replicas, isr, offline_replicas, start_offset, end_offset, updated_at)
    SELECT ${clusterId}, x.topic, x.partition, x.leader, x.replicas, x.isr, x.offline, x.start, x."end", ${at}
    FROM jsonb_to_recordset(${JSON.stringify(parts)}::jsonb)
      AS x(topic text, partition int, leader int, replicas int[], isr int[], offline int[], start bigint, "end" bigint)
    ON CONFLICT (cluster_id, topic, partition) DO UPDATE SET
      leader = EXCLUDED.leader, replicas = EXCLUDED.replicas, isr = EXCLUDED.isr,
      offline_replicas = EXCLUDED.offline_replicas,
      start_offset = COALESCE(EXCLUDED.start_offset, partition_state.start_offset),
      end_offset = COALESCE(EXCLUDED.end_offset, partition_state.end_offset),
      updated_at = EXCLUDED.updated_at`;
  // Partitions are never removed from a live topic in Kafka; rows beyond the count belong to a
  // recreated topic with fewer partitions.
  await tx.$executeRaw`
    DELETE FROM partition_state ps USING topic t
    WHERE ps.cluster_id = ${clusterId} AND t.cluster_id = ps.cluster_id AND t.name = ps.topic
      AND ps.partition >= t.partition_count`;

  const samples = parts.filter((p) => p.end !== null).map((p) => ({ topic: p.topic, partition: p.partition, end: p.end }));
  if (samples.length > 0) {
    await tx.$executeRaw`
      INSERT INTO offset_sample (cluster_id, topic, partition, at, end_offset)
      SELECT ${clusterId}, x.topic, x.partition, ${at}, x."end"
      FROM jsonb_to_recordset(${JSON.stringify(samples)}::jsonb) AS x(topic text, partition int, "end" bigint)`;
  }
  if (poll.groups) await writeGroups(tx, clusterId, poll, at);
}

async function writeGroups(tx: Tx, clusterId: string, poll: PollResult, at: Date): Promise<void> {
  const groups = (poll.groups ?? []).map((g) => ({
    id: g.groupId,
    state: g.state,
    protocol: g.protocol || null,
    members: g.members,
  }));
  await tx.$executeRaw`
    INSERT INTO consumer_group (cluster_id, group_id, state, protocol, members, updated_at)
    SELECT ${clusterId}, x.id, x.state, x.protocol, x.members, ${at}
    FROM jsonb_to_recordset(${JSON.stringify(groups)}::jsonb) AS x(id text, state text, protocol text, members jsonb)
    ON CONFLICT (cluster_id, group_id) DO UPDATE SET
      state = EXCLUDED.state, protocol = EXCLUDED.protocol, members = EXCLUDED.members, updated_at = EXCLUDED.updated_at`;
  await tx.consumerGroup.deleteMany({ where: { clusterId, groupId: { notIn: groups.map((g) => g.id) } } });
}
