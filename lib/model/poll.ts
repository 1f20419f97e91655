// One poll of a cluster, as the collector gathered it and the store writes it: every phase's
// result, or null where that phase failed or did not run.
import type { RecordTime } from './lag';
import type { BrokerConfigResult, BrokerLogDirs, ClusterMetadata, ConfigEntry, PartitionOffsets, QuorumInfo, TopicPartitionsDescription } from './observation';
import type { GroupMember, TopicConfigs } from './stored';

export type PhaseName = 'metadata' | 'quorum' | 'offsets' | 'configs' | 'groups' | 'logdirs' | 'timestamps' | 'elr' | 'brokerconfigs';

export interface PhaseResult {
  name: PhaseName;
  ms: number;
  ok: boolean;
  error?: string;
}

export type PollStatus = 'ok' | 'partial' | 'failed';

export interface GroupInfo {
  groupId: string;
  state: string;
  protocolType: string;
  protocol: string;
  members: GroupMember[];
  /** Committed offsets; a partition without a commit is absent. */
  offsets: { topic: string; partition: number; offset: bigint }[];
  /** 'consumer' for KIP-848 groups (described with ConsumerGroupDescribe). */
  groupType?: 'classic' | 'consumer';
  /** The broker coordinating the group when it was asked. */
  coordinatorId?: number;
  /**
   * Set when the group could not be described (coordinator down or moving): state, protocol and
   * members are then not current (state is ListGroups' or 'Unknown'); keep the last known ones.
   */
  error?: string;
  /** Set when the committed offsets could not be read: `offsets` is then empty, not current. */
  offsetsError?: string;
}

/** What a one-record read at a group's committed offset found (time null: nothing usable). */
export interface PeekOutcome {
  topic: string;
  partition: number;
  offset: bigint;
  time: RecordTime | null;
}

export interface PollResult {
  startedAt: Date;
  durationMs: number;
  status: PollStatus;
  error: string | null;
  phases: PhaseResult[];
  metadata: ClusterMetadata | null;
  quorum: QuorumInfo | null;
  offsets: PartitionOffsets[] | null;
  /** null when configs were not refreshed in this poll (they are refreshed less often). */
  configs: Map<string, TopicConfigs> | null;
  /** Every config entry of every topic, when read in full this poll (less often still); else null. */
  configEntries: Map<string, ConfigEntry[]> | null;
  /** Every config of each broker that answered, read with the full configs; else null. */
  brokerConfigs: BrokerConfigResult[] | null;
  /** Eligible leader replicas per partition (DescribeTopicPartitions); null when not read. */
  elr: TopicPartitionsDescription[] | null;
  groups: GroupInfo[] | null;
  /** Log dir sizes of the brokers that answered; null when not read in this poll (read with configs). */
  logDirs: BrokerLogDirs[] | null;
  /** Records read at committed offsets for exact lag in seconds; null when none were read. */
  peeks: PeekOutcome[] | null;
  /** When this poll's deadline ends (epoch ms): later phases get what is left. */
  deadlineAt: number;
}
