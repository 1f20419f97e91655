// The normalised view of a cluster that analysis compares between polls. Built from a live poll
// or rebuilt from the store after a restart, so both paths produce the same events.

export interface BrokerState {
  id: number;
  host: string;
  port: number;
  rack: string | null;
  up: boolean;
}

export interface PartitionState {
  topic: string;
  partition: number;
  leader: number; // -1 = none
  replicas: number[];
  isr: number[];
  offlineReplicas: number[];
}

export interface TopicState {
  name: string;
  internal: boolean;
  /** Effective min.insync.replicas (topic override or broker default); null when unknown. */
  minIsr: number | null;
  partitions: PartitionState[];
}

export interface GroupState {
  groupId: string;
  state: string;
}

export interface ClusterState {
  reachable: boolean;
  controllerId: number | null;
  brokers: BrokerState[];
  topics: TopicState[];
  /** null when groups were not collected in this poll (so no group events are derived). */
  groups: GroupState[] | null;
}

export { EVENT_TYPES, isEventType, type ClusterEvent, type EventType } from '@/lib/model/events';
