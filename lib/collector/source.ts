import type { BrokerLogDirs, ClusterMetadata, PartitionOffsets, QuorumInfo } from '@/lib/kafka/types';

/** Topic configs that matter for risk and availability, with broker defaults filled in. */
export interface TopicConfigs {
  minInsyncReplicas: number | null;
  retentionMs: string | null;
  cleanupPolicy: string | null;
  uncleanLeaderElection: boolean | null;
  /** Which keys the topic overrides (the rest are broker/cluster defaults). */
  overridden: string[];
}

export interface GroupMemberInfo {
  memberId: string;
  clientId: string;
  clientHost: string;
  assignment: { topic: string; partitions: number[] }[];
}

export interface GroupInfo {
  groupId: string;
  state: string;
  protocolType: string;
  protocol: string;
  members: GroupMemberInfo[];
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

/**
 * Everything a poll reads from a cluster. The real implementation talks to Kafka (lib/kafka);
 * unit tests of the poll logic use an in-memory one.
 */
export interface ClusterSource {
  fetchMetadata(): Promise<ClusterMetadata>;
  describeQuorum(): Promise<QuorumInfo>;
  listOffsets(meta: ClusterMetadata): Promise<PartitionOffsets[]>;
  topicConfigs(topics: string[]): Promise<Map<string, TopicConfigs>>;
  groups(): Promise<GroupInfo[]>;
  describeLogDirs?(brokerId: number): Promise<BrokerLogDirs>;
  close(): Promise<void>;
}
