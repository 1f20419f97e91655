// What lib/kafka returns. The shapes the rest of Kafkascope reads live in lib/model/observation.ts;
// the ones only lib/kafka's own callers use (groups, coordinators) are here.
export type {
  BrokerInfo,
  PartitionInfo,
  TopicInfo,
  ClusterMetadata,
  PartitionDescription,
  TopicPartitionsDescription,
  QuorumReplica,
  QuorumNode,
  QuorumInfo,
  PartitionOffsets,
  LogDirPartition,
  LogDir,
  BrokerLogDirs,
  ConfigSourceName,
  ConfigSynonym,
  ConfigEntry,
  TopicConfigResult,
  BrokerConfigResult,
} from '@/lib/model/observation';

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

/** Where a config value comes from, named as kafka-configs and Kafka's Admin client name it. */
