import { intervalsOf, type Interval, type Transition } from './intervals';

/** A stored event as far as partition history needs it. */
export interface PartitionEventLike {
  at: Date;
  type: string;
  details: unknown;
}

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

/** When a partition was offline, under min ISR, or under-replicated within [from, to]. */
export function partitionHistory(events: PartitionEventLike[], from: Date, to: Date, atStart: PartitionStartState): PartitionHistory {
  const pick = (on: string, off: string): Transition[] =>
    events.filter((e) => e.type === on || e.type === off).map((e) => ({ at: e.at, on: e.type === on }));
  const isrTransitions: Transition[] = events
    .filter((e) => e.type === 'ISR_SHRINK' || e.type === 'ISR_EXPAND')
    .map((e) => {
      const d = e.details as { after?: number[]; replicas?: number[] };
      return { at: e.at, on: (d.after?.length ?? 0) < (d.replicas?.length ?? 0) };
    });
  return {
    offline: intervalsOf(pick('PARTITION_OFFLINE', 'PARTITION_ONLINE'), from, to, atStart.offline),
    underMinIsr: intervalsOf(pick('UNDER_MIN_ISR', 'MIN_ISR_RESTORED'), from, to, atStart.underMinIsr),
    underReplicated: intervalsOf(dedupe(isrTransitions), from, to, atStart.underReplicated),
  };
}

/** ISR events can repeat a state (shrink 3→2 then 2→1): only changes of state are transitions. */
function dedupe(ts: Transition[]): Transition[] {
  const out: Transition[] = [];
  for (const t of [...ts].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    if (out.length === 0 || out[out.length - 1]!.on !== t.on) out.push(t);
  }
  return out;
}
