import type { ClusterSource } from '@/lib/collector/source';
import type { ClusterMetadata } from '@/lib/kafka/types';

export const metadata = (brokerIds = [1, 2, 3]): ClusterMetadata => ({
  clusterId: 'abc',
  metadataControllerId: brokerIds[0] ?? -1,
  brokers: brokerIds.map((id) => ({ id, host: '127.0.0.1', port: 9090 + id, rack: null })),
  topics: [
    {
      name: 't',
      topicId: null,
      internal: false,
      errorCode: 0,
      partitions: [{ partition: 0, leader: 1, leaderEpoch: 0, replicas: [1, 2], isr: [1, 2], offlineReplicas: [], errorCode: 0 }],
    },
  ],
});

const never = () => new Promise<never>(() => undefined);

/** An in-memory cluster for poll logic; each method can be replaced to fail or hang. */
export function fakeSource(over: Partial<ClusterSource> = {}): ClusterSource {
  return {
    fetchMetadata: async () => metadata(),
    describeQuorum: async () => ({ leaderId: 2, leaderEpoch: 1, highWatermark: 10n, voters: [], observers: [] }),
    listOffsets: async () => [{ topic: 't', partition: 0, startOffset: 0n, endOffset: 42n, errorCode: 0 }],
    topicConfigs: async () => ({
      configs: new Map([['t', { minInsyncReplicas: 2, retentionMs: null, cleanupPolicy: 'delete', uncleanLeaderElection: false, overridden: [] }]]),
      entries: null,
    }),
    groups: async () => [],
    close: async () => undefined,
    ...over,
  };
}

export { never };
