// What lib/kafka returns to the collector. Plain data; offsets are bigint because Kafka's are int64.

export interface BrokerInfo {
  id: number;
  host: string;
  port: number;
  rack: string | null;
}

export interface PartitionInfo {
  partition: number;
  /** -1 when the partition has no leader (offline). */
  leader: number;
  leaderEpoch: number | null;
  replicas: number[];
  isr: number[];
  offlineReplicas: number[];
  /** Kafka error code for this partition in the metadata response (0 = none; 5 = LEADER_NOT_AVAILABLE). */
  errorCode: number;
}

export interface TopicInfo {
  name: string;
  topicId: string | null;
  internal: boolean;
  errorCode: number;
  partitions: PartitionInfo[];
}

export interface ClusterMetadata {
  clusterId: string | null;
  /** What the Metadata API says; in KRaft this is some live broker, not the active controller. */
  metadataControllerId: number;
  brokers: BrokerInfo[];
  topics: TopicInfo[];
}

export interface QuorumReplica {
  replicaId: number;
  logEndOffset: bigint;
  lastFetchTimestamp: number | null;
  lastCaughtUpTimestamp: number | null;
}

export interface QuorumInfo {
  leaderId: number;
  leaderEpoch: number;
  highWatermark: bigint;
  voters: QuorumReplica[];
  observers: QuorumReplica[];
}

export interface PartitionOffsets {
  topic: string;
  partition: number;
  /** null when the partition's leader could not be asked (offline or timed out). */
  startOffset: bigint | null;
  endOffset: bigint | null;
  errorCode: number;
}

export interface LogDirPartition {
  topic: string;
  partition: number;
  size: bigint;
  offsetLag: bigint;
  isFuture: boolean;
}

export interface LogDir {
  path: string;
  errorCode: number;
  totalBytes: bigint | null;
  usableBytes: bigint | null;
  partitions: LogDirPartition[];
}

export interface BrokerLogDirs {
  brokerId: number;
  dirs: LogDir[];
}

/** One group as ListGroups reports it, by the broker that coordinates it. */
export interface ListedGroup {
  groupId: string;
  /** 'consumer' for consumer groups (classic and KIP-848), '' for offset-only groups, 'connect', ... */
  protocolType: string;
  /** ListGroups v4+; null from older brokers. */
  state: string | null;
  /** ListGroups v5+: 'classic' | 'consumer' | 'share' | 'streams'; null from older brokers. */
  type: string | null;
  brokerId: number;
}

export interface ListGroupsResult {
  groups: ListedGroup[];
  /** Brokers whose ListGroups failed (their groups are missing from `groups`). */
  errors: { brokerId: number; error: string }[];
}

export interface Coordinator {
  nodeId: number;
  host: string;
  port: number;
}

/** A coordinator, or why none could be found. */
export type CoordinatorLookup = Coordinator | { error: string };

export type GroupType = 'classic' | 'consumer';

export interface TopicAssignment {
  topic: string;
  partitions: number[];
}

export interface GroupMember {
  memberId: string;
  instanceId: string | null;
  clientId: string;
  clientHost: string;
  assignment: TopicAssignment[];
}

export interface GroupDescription {
  groupId: string;
  type: GroupType;
  /** Classic: 'Stable', 'Empty', 'PreparingRebalance', ...; KIP-848: 'Stable', 'Assigning', 'Reconciling', 'Empty', ... */
  state: string;
  protocolType: string;
  /** Classic: the assignor protocol ('range', ...); KIP-848: the server-side assignor ('uniform', ...). */
  protocol: string;
  members: GroupMember[];
  /** null when no coordinator was found. */
  coordinatorId: number | null;
  /** Set when the group could not be described; the other fields are then empty. */
  error: string | null;
}

export interface CommittedOffset {
  topic: string;
  partition: number;
  offset: bigint;
}

export interface GroupOffsets {
  groupId: string;
  coordinatorId: number | null;
  /** Only partitions with a commit (and no partition error). */
  offsets: CommittedOffset[];
  error: string | null;
}

export interface ConfigEntry {
  name: string;
  value: string | null;
  /** 1 = TOPIC_CONFIG (set on the topic), 4 = STATIC_BROKER_CONFIG, 5 = DEFAULT_CONFIG, ... */
  source: number;
  readOnly: boolean;
  sensitive: boolean;
}

export interface TopicConfigResult {
  topic: string;
  entries: ConfigEntry[];
  error: string | null;
}
