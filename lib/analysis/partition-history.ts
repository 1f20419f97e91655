// When partitions were offline, under min ISR or under-replicated, from their events: the one
// place these intervals are derived (the API serves them; pages draw them).
import type { ReadableEvent } from '@/lib/model/events';
import { intervalsOf, type Interval, type Transition } from '@/lib/model/intervals';

export interface PartitionHistory {
  offline: Interval[];
  underMinIsr: Interval[];
  underReplicated: Interval[];
}

export interface PartitionStartState {
  offline: boolean;
  underMinIsr: boolean;
  underReplicated: boolean;
}

export const NOT_IMPAIRED: PartitionStartState = { offline: false, underMinIsr: false, underReplicated: false };

/** The partition event types intervals are made of. */
export const PARTITION_HISTORY_TYPES = ['PARTITION_OFFLINE', 'PARTITION_ONLINE', 'UNDER_MIN_ISR', 'MIN_ISR_RESTORED', 'ISR_SHRINK', 'ISR_EXPAND'] as const;

type E = ReadableEvent<Date>;

/** Under-replicated after this ISR event? (ISR events can repeat a state: shrink 3→2, then 2→1.) */
export const shortAfter = (e: E): boolean | null =>
  e.type === 'ISR_SHRINK' || e.type === 'ISR_EXPAND' ? e.details.after.length < e.details.replicas.length : null;

/** Within [from, to] for one partition; `events` are that partition's, any order. */
export function partitionHistory(events: readonly E[], from: Date, to: Date, atStart: PartitionStartState): PartitionHistory {
  const pick = (on: string, off: string): Transition[] => events.filter((e) => e.type === on || e.type === off).map((e) => ({ at: e.at, on: e.type === on }));
  const isr = events.flatMap((e): Transition[] => {
    const short = shortAfter(e);
    return short === null ? [] : [{ at: e.at, on: short }];
  });
  return {
    offline: intervalsOf(pick('PARTITION_OFFLINE', 'PARTITION_ONLINE'), from, to, atStart.offline),
    underMinIsr: intervalsOf(pick('UNDER_MIN_ISR', 'MIN_ISR_RESTORED'), from, to, atStart.underMinIsr),
    underReplicated: intervalsOf(isr, from, to, atStart.underReplicated),
  };
}

/** The state a partition was in after the last of its events before a range (per kind). */
export function startStateOf(lastBefore: readonly E[]): PartitionStartState {
  const last = (types: readonly string[]) => [...lastBefore].filter((e) => types.includes(e.type)).sort((a, b) => b.at.getTime() - a.at.getTime())[0];
  const isr = last(['ISR_SHRINK', 'ISR_EXPAND']);
  return {
    offline: last(['PARTITION_OFFLINE', 'PARTITION_ONLINE'])?.type === 'PARTITION_OFFLINE',
    underMinIsr: last(['UNDER_MIN_ISR', 'MIN_ISR_RESTORED'])?.type === 'UNDER_MIN_ISR',
    underReplicated: isr ? shortAfter(isr) === true : false,
  };
}

export const isQuiet = (h: PartitionHistory): boolean => h.offline.length === 0 && h.underMinIsr.length === 0 && h.underReplicated.length === 0;
