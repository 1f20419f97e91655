// Shapes of the JSON columns, as written by the collector and read by the views. int64 offsets
// are stored as decimal strings (JSON numbers cannot hold them).
import type { LagEstimate, LagStatus } from './lag';

export interface GroupMember {
  memberId: string;
  clientId: string;
  clientHost: string;
  assignment: { topic: string; partitions: number[] }[];
}

/** consumer_group.partitions: one row per partition the group has committed or is assigned. */
export interface StoredPartitionLag {
  topic: string;
  partition: number;
  committed: string | null;
  endOffset: string | null;
  /** Messages not yet consumed, as kafka-consumer-groups counts them; null when unknown. */
  lag: string | null;
  lagSeconds: number | null;
  lagSecondsEstimate: LagEstimate | null;
  /**
   * Set when the end offset is not from this poll: the partition has no leader, so no write can
   * have happened since (the value is the last one read, at this time).
   */
  endOffsetAsOf?: string | null;
  /** Nothing left to read though lag > 0 (only transaction markers after the commit). */
  caughtUp?: boolean;
  status: LagStatus;
  reason: string;
  /** When the condition behind a non-OK status began (ISO); absent in rows written before it was kept. */
  since?: string | null;
  owner: { memberId: string; clientId: string; clientHost: string } | null;
}

/** topic.configs: the topic configs availability and risk rules use (effective values). */
export interface TopicConfigs {
  minInsyncReplicas: number | null;
  retentionMs: string | null;
  cleanupPolicy: string | null;
  uncleanLeaderElection: boolean | null;
  /** Keys set on the topic itself (the rest are broker or cluster defaults). */
  overridden: string[];
}

/** poll_run.phases: one entry per phase a poll ran. */
export interface PollPhase {
  name: string;
  ms: number;
  ok: boolean;
  error?: string;
}

/** Reads min.insync.replicas from a stored topic.configs value; null when unknown. */
export function minIsrOf(configs: unknown): number | null {
  if (configs && typeof configs === 'object' && 'minInsyncReplicas' in configs) {
    const v = (configs as { minInsyncReplicas: unknown }).minInsyncReplicas;
    return typeof v === 'number' ? v : null;
  }
  return null;
}

/** topic_config.entries / broker_config.entries: one config as kafka-configs --describe --all lists it. */
export interface StoredConfigEntry {
  name: string;
  /** null when not set, or sensitive (brokers never send those values). */
  value: string | null;
  /** Where the effective value comes from: DYNAMIC_TOPIC_CONFIG, STATIC_BROKER_CONFIG, DEFAULT_CONFIG, … */
  source: string;
  readOnly: boolean;
  sensitive: boolean;
}

/** cluster.quorum: the KRaft quorum as last described (offsets as decimal strings). */
export interface StoredQuorum {
  leaderId: number;
  leaderEpoch: number;
  highWatermark: string;
  voters: StoredQuorumReplica[];
  observers: StoredQuorumReplica[];
}

export interface StoredQuorumReplica {
  replicaId: number;
  directoryId: string | null;
  logEndOffset: string;
  lastFetchTimestamp: number | null;
  lastCaughtUpTimestamp: number | null;
}

/** partition_state.elr: eligible leader replicas (KIP-966). */
export interface StoredElr {
  elr: number[];
  lastKnownElr: number[];
}
