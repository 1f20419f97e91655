// The current-state tables (brokers, topics, partitions, groups and their lag) as of one poll.
// Written by the newest poll only: a poll stored late after a database outage writes history alone.
import { brokerCounts, topicCounts } from '@/lib/analysis/counts';
import { groupStatus } from '@/lib/analysis/lag';
import type { GroupLag, PartitionLagRow } from '@/lib/analysis/group-lag';
import { brokerDisk, topicSizes } from '@/lib/analysis/log-dirs';
import type { PollResult } from '@/lib/model/poll';
import type { StoredPartitionLag, StoredQuorum, StoredQuorumReplica } from '@/lib/model/stored';
import type { PollRecord, Tx } from './record-poll';
import { writeConfigs } from './write-configs';
import { writeFindings } from './write-findings';

const str = (v: bigint | null) => (v === null ? null : v.toString());
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export function storedPartition(p: PartitionLagRow): StoredPartitionLag {
  return {
    topic: p.topic,
    partition: p.partition,
    committed: str(p.committed),
    endOffset: str(p.endOffset),
    lag: str(p.lag),
    lagSeconds: p.lagSeconds,
    lagSecondsEstimate: p.lagSecondsEstimate,
    endOffsetAsOf: iso(p.endOffsetAsOf),
    caughtUp: p.caughtUp,
    status: p.status,
    reason: p.reason,
    since: iso(p.since),
    owner: p.owner,
  };
}

/** Writes the current state; returns what to do once the transaction has committed. */
export async function writeCurrentState(tx: Tx, rec: PollRecord): Promise<() => void> {
  const { clusterId, state, poll } = rec;
  const at = poll.startedAt;
  const perBroker = brokerCounts(state);
  const disk = brokerDisk(poll.logDirs ?? []);
  const brokers = state.brokers.map((b) => ({
    id: b.id, host: b.host, port: b.port, rack: b.rack, up: b.up,
    leaders: perBroker.get(b.id)?.leaders ?? 0, replicas: perBroker.get(b.id)?.replicas ?? 0,
    logBytes: str(disk.get(b.id)?.logBytes ?? null), total: str(disk.get(b.id)?.totalBytes ?? null), usable: str(disk.get(b.id)?.usableBytes ?? null),
  }));
  await tx.$executeRaw`
    INSERT INTO broker (cluster_id, broker_id, host, port, rack, up, since, last_seen_at, first_seen_at, leader_count, replica_count,
      log_bytes, disk_total_bytes, disk_usable_bytes)
    SELECT ${clusterId}, x.id, x.host, x.port, x.rack, x.up, ${at}, ${at}, ${at}, x.leaders, x.replicas, x."logBytes", x.total, x.usable
    FROM jsonb_to_recordset(${JSON.stringify(brokers)}::jsonb)
      AS x(id int, host text, port int, rack text, up boolean, leaders int, replicas int, "logBytes" bigint, total bigint, usable bigint)
    ON CONFLICT (cluster_id, broker_id) DO UPDATE SET
      host = EXCLUDED.host, port = EXCLUDED.port, rack = EXCLUDED.rack, up = EXCLUDED.up,
      leader_count = EXCLUDED.leader_count, replica_count = EXCLUDED.replica_count,
      log_bytes = COALESCE(EXCLUDED.log_bytes, broker.log_bytes),
      disk_total_bytes = COALESCE(EXCLUDED.disk_total_bytes, broker.disk_total_bytes),
      disk_usable_bytes = COALESCE(EXCLUDED.disk_usable_bytes, broker.disk_usable_bytes),
      -- A flip's time is its event's (a poll written late after a database outage is not when it happened).
      since = CASE WHEN broker.up IS DISTINCT FROM EXCLUDED.up THEN COALESCE((
        SELECT max(e.at) FROM event e WHERE e.cluster_id = broker.cluster_id AND e.broker_id = broker.broker_id
          AND e.type IN ('BROKER_DOWN', 'BROKER_UP')), EXCLUDED.since) ELSE broker.since END,
      last_seen_at = CASE WHEN EXCLUDED.up THEN EXCLUDED.last_seen_at ELSE broker.last_seen_at END`;

  const topicNames = state.topics.map((t) => t.name);
  const meta = new Map((poll.metadata?.topics ?? []).map((t) => [t.name, t]));
  const counts = topicCounts(state, poll.offsets);
  const sizes = topicSizes(poll.logDirs ?? [], state);
  const topics = state.topics.map((t) => {
    const c = counts.get(t.name);
    return {
      name: t.name,
      topicId: meta.get(t.name)?.topicId ?? null,
      internal: t.internal,
      partitionCount: t.partitions.length,
      rf: t.partitions[0]?.replicas.length ?? 0,
      configs: poll.configs?.get(t.name) ?? null,
      off: c?.offline ?? 0,
      urp: c?.underReplicated ?? 0,
      umi: c?.underMinIsr ?? 0,
      messages: c?.messages?.toString() ?? null,
      size: sizes.get(t.name)?.toString() ?? null,
    };
  });
  await tx.$executeRaw`
    INSERT INTO topic (cluster_id, name, topic_id, internal, partition_count, replication_factor, configs, first_seen_at, updated_at,
      offline_partitions, under_replicated_partitions, under_min_isr_partitions, messages, size_bytes)
    SELECT ${clusterId}, x.name, x."topicId", x.internal, x."partitionCount", x.rf, x.configs, ${at}, ${at}, x.off, x.urp, x.umi, x.messages, x.size
    FROM jsonb_to_recordset(${JSON.stringify(topics)}::jsonb)
      AS x(name text, "topicId" text, internal boolean, "partitionCount" int, rf int, configs jsonb, off int, urp int, umi int, messages bigint, size bigint)
    ON CONFLICT (cluster_id, name) DO UPDATE SET
      topic_id = EXCLUDED.topic_id, internal = EXCLUDED.internal, partition_count = EXCLUDED.partition_count,
      replication_factor = EXCLUDED.replication_factor, updated_at = EXCLUDED.updated_at,
      configs = COALESCE(EXCLUDED.configs, topic.configs),
      offline_partitions = EXCLUDED.offline_partitions, under_replicated_partitions = EXCLUDED.under_replicated_partitions,
      under_min_isr_partitions = EXCLUDED.under_min_isr_partitions, messages = COALESCE(EXCLUDED.messages, topic.messages),
      size_bytes = COALESCE(EXCLUDED.size_bytes, topic.size_bytes)`;
  await tx.topic.deleteMany({ where: { clusterId, name: { notIn: topicNames } } });
  await tx.partitionState.deleteMany({ where: { clusterId, topic: { notIn: topicNames } } });

  const offsets = new Map((poll.offsets ?? []).map((o) => [`${o.topic}\u0000${o.partition}`, o]));
  const elr = new Map((poll.elr ?? []).flatMap((t) => t.partitions.map((p) => [`${t.name}\u0000${p.partition}`, { elr: p.eligibleLeaderReplicas ?? [], lastKnownElr: p.lastKnownElr ?? [] }] as const)));
  const parts = state.topics.flatMap((t) =>
    t.partitions.map((p) => {
      const o = offsets.get(`${p.topic}\u0000${p.partition}`);
      const row = {
        elr: poll.elr ? (elr.get(`${p.topic}\u0000${p.partition}`) ?? null) : null,
        // Not a column: a null elr means "keep the stored one" when the poll read no ELR and
        // "none" when it did, so the two must not look like the same row to WrittenRows.
        elrRead: poll.elr !== null,
        topic: p.topic,
        partition: p.partition,
        leader: p.leader,
        replicas: p.replicas,
        isr: p.isr,
        offline: p.offlineReplicas,
        start: o?.startOffset?.toString() ?? null,
        end: o?.endOffset?.toString() ?? null,
      };
      return { key: `${p.topic}\u0000${p.partition}`, json: JSON.stringify(row) };
    }),
  );
  // Without a WrittenRows (tests and benches that store polls directly) every row is sent.
  const { send, staged } = rec.written ? rec.written.changed(parts) : { send: parts.map((p) => p.json), staged: null };
  if (send.length > 0) await tx.$executeRaw`
    INSERT INTO partition_state (cluster_id, topic, partition, leader, replicas, isr, offline_replicas, start_offset, end_offset, elr, updated_at)
    SELECT ${clusterId}, x.topic, x.partition, x.leader, x.replicas, x.isr, x.offline, x.start, x."end", x.elr, ${at}
    FROM jsonb_to_recordset(${`[${send.join(',')}]`}::jsonb)
      AS x(topic text, partition int, leader int, replicas int[], isr int[], offline int[], start bigint, "end" bigint, elr jsonb)
    ON CONFLICT (cluster_id, topic, partition) DO UPDATE SET
      leader = EXCLUDED.leader, replicas = EXCLUDED.replicas, isr = EXCLUDED.isr,
      offline_replicas = EXCLUDED.offline_replicas,
      elr = CASE WHEN ${poll.elr !== null} THEN EXCLUDED.elr ELSE partition_state.elr END,
      start_offset = COALESCE(EXCLUDED.start_offset, partition_state.start_offset),
      end_offset = COALESCE(EXCLUDED.end_offset, partition_state.end_offset),
      updated_at = EXCLUDED.updated_at
    -- A row that would not change is not rewritten (an idle partition costs no new row version and
    -- no index entry). Its updated_at then says when it last changed; nothing reads it (lib/views
    -- serves topic.updated_at), and every column that is read ends up exactly as the update sets it.
    WHERE (partition_state.leader, partition_state.replicas, partition_state.isr, partition_state.offline_replicas,
        partition_state.elr, partition_state.start_offset, partition_state.end_offset)
      IS DISTINCT FROM (EXCLUDED.leader, EXCLUDED.replicas, EXCLUDED.isr, EXCLUDED.offline_replicas,
        CASE WHEN ${poll.elr !== null} THEN EXCLUDED.elr ELSE partition_state.elr END,
        COALESCE(EXCLUDED.start_offset, partition_state.start_offset), COALESCE(EXCLUDED.end_offset, partition_state.end_offset))`;
  // Partitions are never removed from a live topic in Kafka; rows beyond the count belong to a
  // recreated topic with fewer partitions.
  await tx.$executeRaw`
    DELETE FROM partition_state ps USING topic t
    WHERE ps.cluster_id = ${clusterId} AND t.cluster_id = ps.cluster_id AND t.name = ps.topic
      AND ps.partition >= t.partition_count`;
  if (poll.groups) await writeGroups(tx, clusterId, poll, at);
  if (rec.lags && rec.lags.length > 0) await writeGroupLag(tx, clusterId, rec.lags, at);
  if (rec.lastWrites && rec.lastWrites.length > 0) {
    await tx.$executeRaw`
      UPDATE topic t SET last_write_at = x.at FROM jsonb_to_recordset(${JSON.stringify(rec.lastWrites.map((w) => ({ topic: w.topic, at: new Date(w.at).toISOString() })))}::jsonb) AS x(topic text, at timestamp)
      WHERE t.cluster_id = ${clusterId} AND t.name = x.topic`;
  }
  // Prisma wants an index signature; StoredQuorum is plain JSON.
  if (poll.quorum) await tx.cluster.update({ where: { id: clusterId }, data: { quorum: quorumJson(poll.quorum) as object } });
  await writeConfigs(tx, rec);
  if (rec.findings) await writeFindings(tx, clusterId, rec.findings, at);
  return () => {
    if (staged) rec.written?.commit(staged);
  };
}

/** DescribeQuorum as stored: offsets as strings (JSON has no int64). */
function quorumJson(q: NonNullable<PollResult['quorum']>): StoredQuorum {
  const replica = (r: (typeof q.voters)[number]): StoredQuorumReplica => ({
    replicaId: r.replicaId,
    directoryId: r.directoryId,
    logEndOffset: r.logEndOffset.toString(),
    lastFetchTimestamp: r.lastFetchTimestamp,
    lastCaughtUpTimestamp: r.lastCaughtUpTimestamp,
  });
  return { leaderId: q.leaderId, leaderEpoch: q.leaderEpoch, highWatermark: q.highWatermark.toString(), voters: q.voters.map(replica), observers: q.observers.map(replica) };
}

async function writeGroups(tx: Tx, clusterId: string, poll: PollResult, at: Date): Promise<void> {
  const rows = (poll.groups ?? []).map((g) => ({
    id: g.groupId,
    state: g.state,
    protocol: g.protocol || null,
    members: g.members,
    // A group that could not be described (coordinator moving) keeps its last known row.
    fresh: !g.error,
  }));
  for (const fresh of [true, false]) {
    const batch = JSON.stringify(rows.filter((r) => r.fresh === fresh));
    if (fresh) {
      await tx.$executeRaw`
        INSERT INTO consumer_group (cluster_id, group_id, state, protocol, members, updated_at)
        SELECT ${clusterId}, x.id, x.state, x.protocol, x.members, ${at}
        FROM jsonb_to_recordset(${batch}::jsonb) AS x(id text, state text, protocol text, members jsonb)
        ON CONFLICT (cluster_id, group_id) DO UPDATE SET
          state = EXCLUDED.state, protocol = EXCLUDED.protocol, members = EXCLUDED.members, updated_at = EXCLUDED.updated_at`;
    } else {
      await tx.$executeRaw`
        INSERT INTO consumer_group (cluster_id, group_id, state, protocol, members, updated_at)
        SELECT ${clusterId}, x.id, x.state, x.protocol, x.members, ${at}
        FROM jsonb_to_recordset(${batch}::jsonb) AS x(id text, state text, protocol text, members jsonb)
        ON CONFLICT (cluster_id, group_id) DO NOTHING`;
    }
  }
  const listed = rows.map((g) => g.id);
  await tx.consumerGroup.deleteMany({ where: { clusterId, groupId: { notIn: listed } } });
  await tx.consumerGroupTopic.deleteMany({ where: { clusterId, groupId: { notIn: listed } } });
}

export async function writeGroupLag(tx: Tx, clusterId: string, lags: GroupLag[], at: Date): Promise<void> {
  const groups = lags.map((g) => ({
    id: g.groupId,
    total: str(g.totalLag),
    maxSec: g.maxLagSeconds,
    est: g.maxLagSecondsEstimate,
    status: g.status,
    reason: g.statusReason,
    since: iso(g.since),
    partitions: g.partitions.map(storedPartition),
  }));
  await tx.$executeRaw`
    UPDATE consumer_group cg SET total_lag = x.total, max_lag_seconds = x."maxSec", max_lag_seconds_estimate = x.est, status = x.status,
      status_reason = x.reason, status_since = x.since, partitions = x.partitions, lag_at = ${at}
    FROM jsonb_to_recordset(${JSON.stringify(groups)}::jsonb)
      AS x(id text, total bigint, "maxSec" float8, est text, status text, reason text, since timestamp, partitions jsonb)
    WHERE cg.cluster_id = ${clusterId} AND cg.group_id = x.id`;
  const topicRows = lags.flatMap((g) =>
    g.topics.map((t) => ({
      g: g.groupId,
      t: t.topic,
      lag: str(t.lag),
      sec: t.maxLagSeconds,
      est: t.maxLagSecondsEstimate,
      n: g.partitions.filter((p) => p.topic === t.topic).length,
      status: groupStatus(g.partitions.filter((p) => p.topic === t.topic).map((p) => p.status)),
    })),
  );
  await tx.$executeRaw`
    DELETE FROM consumer_group_topic WHERE cluster_id = ${clusterId} AND group_id = ANY(${lags.map((g) => g.groupId)}::text[])`;
  if (topicRows.length > 0) {
    await tx.$executeRaw`
      INSERT INTO consumer_group_topic (cluster_id, group_id, topic, partitions, lag, max_lag_seconds, max_lag_seconds_estimate, status, updated_at)
      SELECT ${clusterId}, x.g, x.t, x.n, x.lag, x.sec, x.est, x.status, ${at}
      FROM jsonb_to_recordset(${JSON.stringify(topicRows)}::jsonb) AS x(g text, t text, n int, lag bigint, sec float8, est text, status text)`;
  }
}
