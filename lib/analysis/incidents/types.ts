import type { Interval } from '@/lib/analysis/intervals';

/** One stored event as grouping needs it (the `event` table row, id as a string). */
export interface IncidentEvent {
  id: string;
  at: Date;
  type: string;
  brokerId: number | null;
  topic: string | null;
  partition: number | null;
  details: unknown;
}

export interface GroupOptions {
  /** How long an all-clear incident keeps absorbing events before it is closed. Default 5 min. */
  quietGapMs?: number;
  /** "Now" for the duration of incidents still open and of open-ended intervals. Default Date.now(). */
  now?: number;
}

export type IncidentSeverity = 'critical' | 'major' | 'minor';

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
  start: string;
  /** When the last open problem recovered; null while something is still not recovered. */
  end: string | null;
  durationMs: number;
  title: string;
  severity: IncidentSeverity;
  /** One line, e.g. "Broker 1 down 17:05–19:18 UTC (2h13m): 12 leaders moved, …". */
  summary: string;
  clusterUnreachable: Interval[];
  brokersDown: { brokerId: number; intervals: Interval[] }[];
  leadersMoved: number;
  partitionsOffline: PartitionOutage[];
  partitionsUnderMinIsr: { count: number; maxDurationMs: number };
  /** Distinct partitions whose ISR shrank. */
  isrShrinks: number;
  /** Consumer groups whose lag status went to ERR, STALL or STOP; sorted. */
  groupsBehind: string[];
  /** Every topic an event of the incident names; sorted. */
  topics: string[];
  eventCount: number;
  /** In time order. */
  eventIds: string[];
}
