import type { PeekWanted } from '@/lib/analysis/lag/peek-plan';
import type { BrokerConfigResult, BrokerLogDirs, ClusterMetadata, ConfigEntry, PartitionOffsets, QuorumInfo, TopicPartitionsDescription } from '@/lib/model/observation';
import type { GroupInfo, PeekOutcome } from '@/lib/model/poll';
import type { TopicConfigs } from '@/lib/model/stored';

export type { GroupInfo } from '@/lib/model/poll';

export interface TopicConfigRead {
  configs: Map<string, TopicConfigs>;
  /** Every entry per topic, when read in full; else null. */
  entries: Map<string, ConfigEntry[]> | null;
}

/**
 * Everything a poll reads from a cluster. The real implementation talks to Kafka (lib/kafka);
 * unit tests of the poll logic use an in-memory one.
 */
export interface ClusterSource {
  fetchMetadata(): Promise<ClusterMetadata>;
  describeQuorum(): Promise<QuorumInfo>;
  listOffsets(meta: ClusterMetadata): Promise<PartitionOffsets[]>;
  /** The configs that matter (`full` false), or every entry of every topic (`full` true). */
  topicConfigs(topics: string[], full: boolean): Promise<TopicConfigRead>;
  groups(): Promise<GroupInfo[]>;
  describeLogDirs?(brokerId: number): Promise<BrokerLogDirs>;
  /** Every config of each of these brokers, asked of each broker itself. */
  brokerConfigs?(brokerIds: number[]): Promise<BrokerConfigResult[]>;
  /** Partitions with their eligible leader replicas (KIP-966), of these topics or of all. */
  describeTopicPartitions?(topics?: readonly string[]): Promise<TopicPartitionsDescription[]>;
  /** The records at these offsets (for exact lag in seconds); a partition that fails has time null. */
  peekRecords?(meta: ClusterMetadata, wanted: PeekWanted[]): Promise<PeekOutcome[]>;
  close(): Promise<void>;
}
