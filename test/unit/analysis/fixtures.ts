import type { BrokerState, ClusterState, PartitionState, TopicState } from '@/lib/analysis/types';

export const broker = (id: number, up = true): BrokerState => ({ id, host: '127.0.0.1', port: 9090 + id, rack: `r${id}`, up });

export const part = (topic: string, partition: number, leader: number, replicas: number[], isr = replicas): PartitionState => ({
  topic,
  partition,
  leader,
  replicas,
  isr,
  offlineReplicas: [],
});

export const topic = (name: string, partitions: PartitionState[], minIsr: number | null = 1): TopicState => ({
  name,
  internal: false,
  minIsr,
  partitions,
});

export const state = (over: Partial<ClusterState> = {}): ClusterState => ({
  reachable: true,
  controllerId: 1,
  brokers: [broker(1), broker(2), broker(3)],
  topics: [topic('orders', [part('orders', 0, 1, [1, 2, 3]), part('orders', 1, 2, [2, 3, 1])], 2)],
  groups: [],
  ...over,
});
