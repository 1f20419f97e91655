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
