import type { ReadableEvent } from '@/lib/model/events';
import type { Interval } from '@/lib/model/intervals';

/** One stored event as grouping needs it (decoded; unreadable rows are left out by the caller). */
export type IncidentEvent = ReadableEvent<Date>;

export interface GroupOptions {
  /** How long after its end an incident still takes aftermath events (leaders moving back), and links a recurrence. Default 5 min. */
  quietGapMs?: number;
  /** Failures this close to an open incident's last failure are one incident (a rack losing power, a cascade). Default 2 min. */
  cascadeMs?: number;
  /** "Now" for the duration of incidents still open and of open-ended intervals. Default Date.now(). */
  now?: number;
}

export type IncidentSeverity = 'critical' | 'major' | 'minor';

/** cluster: brokers, partitions, reachability (with any consumer trouble they caused); consumer: one group's own trouble. */
export type IncidentKind = 'cluster' | 'consumer';

export interface PartitionOutage {
  topic: string;
  partition: number;
  intervals: Interval[];
  /** Sum of the intervals (an open-ended one counts up to the incident's horizon). */
  durationMs: number;
}

export interface Incident {
  /** The id of the incident's first event: stable as long as that event is grouped first. */
  id: string;
  kind: IncidentKind;
  start: string;
  /** When the last open problem recovered; null while something is still not recovered. */
  end: string | null;
  durationMs: number;
  title: string;
  severity: IncidentSeverity;
  /** One line, e.g. "Broker 1 down 17:05–19:18 UTC (2h 13m): 12 leaders moved, …". */
  summary: string;
  /** An incident of the same kind that ended shortly before this one began: this one is its recurrence. */
  previousId: string | null;
  clusterUnreachable: Interval[];
  brokersDown: { brokerId: number; intervals: Interval[] }[];
  leadersMoved: number;
  partitionsOffline: PartitionOutage[];
  /** Under min.insync.replicas as kafka-topics counts it (offline partitions included). */
  partitionsUnderMinIsr: { count: number; maxDurationMs: number };
  /** Distinct partitions whose ISR shrank. */
  isrShrinks: number;
  /** Consumer groups whose lag status went to ERR, STALL or STOP within this incident; sorted. */
  groupsBehind: string[];
  /** Every topic an event of the incident names; sorted. */
  topics: string[];
  eventCount: number;
  /** In time order. */
  eventIds: string[];
}
