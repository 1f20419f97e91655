import type { PeekWanted } from '@/lib/analysis/lag/peek-plan';
import type { BrokerLogDirs, ClusterMetadata, PartitionOffsets, QuorumInfo } from '@/lib/model/observation';
import type { GroupInfo, PeekOutcome } from '@/lib/model/poll';
import type { TopicConfigs } from '@/lib/model/stored';

export type { GroupInfo } from '@/lib/model/poll';

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
  /** The records at these offsets (for exact lag in seconds); a partition that fails has time null. */
  peekRecords?(meta: ClusterMetadata, wanted: PeekWanted[]): Promise<PeekOutcome[]>;
  close(): Promise<void>;
}
