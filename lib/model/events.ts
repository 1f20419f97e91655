// The event vocabulary: every kind of change Kafkascope records, and the details each carries.
// One definition here; everything else (decoding stored rows, sentences, severities, incident
// rules, docs) is a table over EventType, so a new type that is not handled everywhere fails tsc.
import type { AlertRuleId, AlertSeverity } from './alerts';
import type { FindingRule, FindingSeverity, FindingSubject } from './findings';
import type { LagStatus } from './lag';

export interface BrokerAddress {
  host: string;
  port: number;
  rack: string | null;
}

/** Details per event type (the JSON `details` column). Optional fields are absent in older rows. */
export interface EventDetailsMap {
  BROKER_DOWN: BrokerAddress;
  BROKER_UP: BrokerAddress & { firstSeen?: boolean };
  CONTROLLER_CHANGED: { from: number; to: number };
  /** `removed`: replicas that left the ISR; `replicas`: the full replica list. */
  ISR_SHRINK: { removed: number[]; before: number[]; after: number[]; replicas: number[] };
  ISR_EXPAND: { added: number[]; before: number[]; after: number[]; replicas: number[] };
  LEADER_CHANGED: { from: number; to: number };
  PARTITION_OFFLINE: { lastLeader: number; replicas: number[]; offlineReplicas: number[] };
  PARTITION_ONLINE: { leader: number };
  /** `leader` -1 when the partition has no leader (offline partitions are under min ISR too). */
  UNDER_MIN_ISR: { isr: number[]; minIsr: number | null; leader: number };
  MIN_ISR_RESTORED: { isr: number[]; minIsr: number | null };
  TOPIC_CREATED: { partitions: number; replicationFactor: number; internal: boolean };
  TOPIC_DELETED: { partitions: number };
  PARTITIONS_ADDED: { from: number; to: number };
  REPLICAS_CHANGED: { before: number[]; after: number[] };
  GROUP_STATE_CHANGED: { groupId: string; from: string; to: string };
  /**
   * `since`: when the condition behind the new status began (ISO time; the last commit for
   * STOP/STALL, the start of the growth for WARN/ERR), so a consequence can be told from a cause.
   * `topics`: the topics the group reads.
   */
  LAG_STATUS_CHANGED: { groupId: string; from: LagStatus; to: LagStatus; reason: string; since?: string; topics?: string[] };
  CLUSTER_UNREACHABLE: { error?: string };
  CLUSTER_REACHABLE: Record<string, never>;
  /** A finding (lib/model/findings.ts) appeared: a risk now present in the cluster. */
  FINDING_RAISED: { findingId: string; rule: FindingRule; severity: FindingSeverity; title: string; subject: FindingSubject };
  /** It no longer holds (fixed, or the state that caused it is gone). */
  FINDING_CLEARED: { findingId: string; rule: FindingRule; severity: FindingSeverity; title: string; subject: FindingSubject };
  /** An alert fired: its notification went out (or is being delivered). */
  ALERT_FIRED: { fingerprint: string; rule: AlertRuleId; severity: AlertSeverity; summary: string; labels: Record<string, string> };
  ALERT_RESOLVED: { fingerprint: string; rule: AlertRuleId; severity: AlertSeverity; summary: string; labels: Record<string, string> };
}

export type EventType = keyof EventDetailsMap;

/** Filter label and family of each type, in the order people look for them. */
export const EVENT_TYPE_INFO: Record<EventType, { label: string; family: EventFamily }> = {
  BROKER_DOWN: { label: 'Broker down', family: 'Brokers' },
  BROKER_UP: { label: 'Broker up', family: 'Brokers' },
  CONTROLLER_CHANGED: { label: 'Controller changed', family: 'Brokers' },
  PARTITION_OFFLINE: { label: 'Partition offline', family: 'Partitions' },
  PARTITION_ONLINE: { label: 'Partition online', family: 'Partitions' },
  UNDER_MIN_ISR: { label: 'Under min ISR', family: 'Partitions' },
  MIN_ISR_RESTORED: { label: 'Min ISR restored', family: 'Partitions' },
  ISR_SHRINK: { label: 'ISR shrink', family: 'Partitions' },
  ISR_EXPAND: { label: 'ISR expand', family: 'Partitions' },
  LEADER_CHANGED: { label: 'Leader changed', family: 'Partitions' },
  REPLICAS_CHANGED: { label: 'Replicas changed', family: 'Partitions' },
  TOPIC_CREATED: { label: 'Topic created', family: 'Topics' },
  TOPIC_DELETED: { label: 'Topic deleted', family: 'Topics' },
  PARTITIONS_ADDED: { label: 'Partitions added', family: 'Topics' },
  GROUP_STATE_CHANGED: { label: 'Group state changed', family: 'Groups' },
  LAG_STATUS_CHANGED: { label: 'Lag status changed', family: 'Groups' },
  CLUSTER_UNREACHABLE: { label: 'Cluster unreachable', family: 'Cluster' },
  CLUSTER_REACHABLE: { label: 'Cluster reachable', family: 'Cluster' },
  FINDING_RAISED: { label: 'Finding raised', family: 'Findings' },
  FINDING_CLEARED: { label: 'Finding cleared', family: 'Findings' },
  ALERT_FIRED: { label: 'Alert fired', family: 'Alerts' },
  ALERT_RESOLVED: { label: 'Alert resolved', family: 'Alerts' },
};

export const EVENT_FAMILIES = ['Brokers', 'Partitions', 'Topics', 'Groups', 'Cluster', 'Findings', 'Alerts'] as const;
export type EventFamily = (typeof EVENT_FAMILIES)[number];

export const EVENT_TYPES = Object.keys(EVENT_TYPE_INFO) as EventType[];

export function isEventType(s: string): s is EventType {
  return Object.hasOwn(EVENT_TYPE_INFO, s);
}

/** Where an event happened; each is a column of the event table. */
export interface EventSubject {
  brokerId?: number;
  topic?: string;
  partition?: number;
}

/** A change as analysis produces it, before it is stored. */
export type ClusterEvent = { [T in EventType]: EventSubject & { type: T; details: EventDetailsMap[T] } }[EventType];

export type EventOf<T extends EventType> = Extract<ClusterEvent, { type: T }>;

/** A stored event as read back: `at` is a Date on the server and an ISO string in JSON. */
export type StoredEvent<At = Date> =
  | { [T in EventType]: StoredHead<At> & { type: T; details: EventDetailsMap[T] } }[EventType]
  | UnreadableEvent<At>;

interface StoredHead<At> {
  id: string;
  at: At;
  brokerId: number | null;
  topic: string | null;
  partition: number | null;
}

/**
 * A stored row whose type is unknown to this version or whose details do not match the type
 * (written by another version, or edited by hand): shown as it is, never a crash.
 */
export type UnreadableEvent<At = Date> = StoredHead<At> & { type: 'UNREADABLE'; storedType: string; details: unknown; problem: string };

/** The JSON the API serves for an event. */
export type EventRow = StoredEvent<string>;

export type ReadableEvent<At = Date> = Exclude<StoredEvent<At>, { type: 'UNREADABLE' }>;

/** Events grouped per cause for reading (lib/analysis/event-groups.ts builds them). */
export interface EventGroup<E> {
  /** The event that explains the others, or the first of a run of alike events. */
  head: E;
  /** The events it explains (without the head), newest first as given. */
  members: E[];
  /** Members by type, for a one-line summary ("ISR of 29 partitions shrank, …"). */
  counts: Partial<Record<EventType, number>>;
}
