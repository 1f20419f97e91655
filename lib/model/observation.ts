// What Kafkascope observes of a cluster: the plain data its Kafka client returns and everything
// downstream (analysis, the store, the views) reads. Offsets are bigint because Kafka's are int64.

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

/** One partition as DescribeTopicPartitions (KIP-966) reports it: Metadata's fields plus the ELR. */
export interface PartitionDescription {
  partition: number;
  /** -1 when the partition has no leader (offline). */
  leader: number;
  leaderEpoch: number | null;
  replicas: number[];
  isr: number[];
  /** Replicas outside the ISR that still hold every committed record, so may lead; null = not reported. */
  eligibleLeaderReplicas: number[] | null;
  /** Replicas last known to be in the ELR (kept for unclean recovery); null = not reported. */
  lastKnownElr: number[] | null;
  offlineReplicas: number[];
  errorCode: number;
}

export interface TopicPartitionsDescription {
  name: string;
  topicId: string | null;
  internal: boolean;
  /** e.g. 3 = UNKNOWN_TOPIC_OR_PARTITION for a topic asked for by name that does not exist. */
  errorCode: number;
  partitions: PartitionDescription[];
}

export interface QuorumReplica {
  replicaId: number;
  /** KIP-853 directory id of the replica's metadata log (DescribeQuorum v2); null when unknown (static voters). */
  directoryId: string | null;
  logEndOffset: bigint;
  lastFetchTimestamp: number | null;
  lastCaughtUpTimestamp: number | null;
}

/** A controller's endpoints, as DescribeQuorum v2 lists them. */
export interface QuorumNode {
  nodeId: number;
  listeners: { name: string; host: string; port: number }[];
}

export interface QuorumInfo {
  leaderId: number;
  leaderEpoch: number;
  highWatermark: bigint;
  voters: QuorumReplica[];
  observers: QuorumReplica[];
  /** DescribeQuorum v2+ ([] before); optional so quorum fakes written before v2 still type-check. */
  nodes?: QuorumNode[];
}

export interface PartitionOffsets {
  topic: string;
  partition: number;
  /** null when the partition's leader could not be asked (offline or timed out). */
  startOffset: bigint | null;
  endOffset: bigint | null;
  errorCode: number;
  /** Epoch of the leader that answered the LATEST query (null if unknown or it failed). */
  leaderEpoch?: number | null;
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

export type ConfigSourceName =
  | 'UNKNOWN'
  | 'DYNAMIC_TOPIC_CONFIG'
  | 'DYNAMIC_BROKER_CONFIG'
  | 'DYNAMIC_DEFAULT_BROKER_CONFIG'
  | 'STATIC_BROKER_CONFIG'
  | 'DEFAULT_CONFIG'
  | 'DYNAMIC_BROKER_LOGGER_CONFIG'
  | 'DYNAMIC_CLIENT_METRICS_CONFIG'
  | 'DYNAMIC_GROUP_CONFIG';

/** A value the config could take from one source, highest precedence first. */
export interface ConfigSynonym {
  name: string;
  value: string | null;
  source: number;
  sourceName: ConfigSourceName;
}

export interface ConfigEntry {
  name: string;
  /** null when not set, or when sensitive (brokers never send those values). */
  value: string | null;
  /** 1 = TOPIC_CONFIG (set on the topic), 4 = STATIC_BROKER_CONFIG, 5 = DEFAULT_CONFIG, ... */
  source: number;
  sourceName: ConfigSourceName;
  readOnly: boolean;
  sensitive: boolean;
  /** Only when asked for (include_synonyms): the effective source first, then what it overrides. */
  synonyms?: ConfigSynonym[];
}

export interface TopicConfigResult {
  topic: string;
  entries: ConfigEntry[];
  error: string | null;
}

/** Every config of one broker (`brokerId`), or the cluster-wide dynamic broker defaults (null). */
export interface BrokerConfigResult {
  brokerId: number | null;
  entries: ConfigEntry[];
}
