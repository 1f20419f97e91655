// Events grouped per cause, for reading: one "broker 1 down" line that holds the 29 ISR shrinks,
// the offline partition and the leader moves it caused, instead of 31 lines that bury it.
// Works on any time-ordered slice (a page of events, one topic's history).
import type { EventGroup, StoredEvent } from '@/lib/model/events';

export type { EventGroup } from '@/lib/model/events';

/** Consequences are reported up to a poll or two after their cause. */
export const CONSEQUENCE_WINDOW_MS = 30_000;

type Ev<At> = StoredEvent<At>;
const ms = <At>(e: Ev<At>) => (e.at instanceof Date ? e.at.getTime() : Date.parse(String(e.at)));

/** Whether `e` is a consequence of `cause` (a broker's failure or recovery). */
function explains<At>(cause: Ev<At>, e: Ev<At>): boolean {
  const b = cause.brokerId;
  if (cause.type === 'BROKER_DOWN' && b !== null) {
    switch (e.type) {
      case 'ISR_SHRINK': return e.details.removed.includes(b);
      case 'LEADER_CHANGED': return e.details.from === b;
      case 'CONTROLLER_CHANGED': return e.details.from === b;
      case 'PARTITION_OFFLINE': return e.details.lastLeader === b || e.details.offlineReplicas.includes(b);
      case 'UNDER_MIN_ISR': return true; // only offered when in the same poll as the failure
      default: return false;
    }
  }
  if (cause.type === 'BROKER_UP' && b !== null) {
    switch (e.type) {
      case 'ISR_EXPAND': return e.details.added.includes(b);
      case 'LEADER_CHANGED': return e.details.to === b;
      case 'PARTITION_ONLINE': return true;
      case 'MIN_ISR_RESTORED': return true;
      default: return false;
    }
  }
  return false;
}

/** Alike events of one poll that read as one line: same type, same broker leaving or joining. */
function runKey<At>(e: Ev<At>): string | null {
  switch (e.type) {
    case 'ISR_SHRINK': return `${e.type}|${e.details.removed.join(',')}`;
    case 'ISR_EXPAND': return `${e.type}|${e.details.added.join(',')}`;
    case 'LEADER_CHANGED': return `${e.type}|${e.details.from}|${e.details.to}`;
    case 'UNDER_MIN_ISR':
    case 'MIN_ISR_RESTORED':
    case 'PARTITION_OFFLINE':
    case 'PARTITION_ONLINE':
    case 'TOPIC_CREATED':
    case 'TOPIC_DELETED':
    case 'GROUP_STATE_CHANGED':
    case 'LAG_STATUS_CHANGED':
      return e.type;
    default:
      return null;
  }
}

/** `events` newest first (as the API pages them); groups come out in the same order. */
export function groupEventsByCause<At>(events: readonly Ev<At>[]): EventGroup<Ev<At>>[] {
  const taken = new Set<Ev<At>>();
  const groups: EventGroup<Ev<At>>[] = [];
  const add = (head: Ev<At>, members: Ev<At>[]) => {
    const counts: EventGroup<Ev<At>>['counts'] = {};
    for (const m of members) if (m.type !== 'UNREADABLE') counts[m.type] = (counts[m.type] ?? 0) + 1;
    groups.push({ head, members, counts });
  };
  // Causes first, so their consequences are claimed before runs of alike events form.
  const causes = events.filter((e) => (e.type === 'BROKER_DOWN' || e.type === 'BROKER_UP') && e.brokerId !== null);
  const byCause = new Map<Ev<At>, Ev<At>[]>();
  for (const cause of [...causes].reverse()) {
    const t = ms(cause);
    const members = events.filter(
      (e) => e !== cause && !taken.has(e) && ms(e) >= t && ms(e) - t <= CONSEQUENCE_WINDOW_MS && (ms(e) === t || e.type !== 'UNDER_MIN_ISR') && explains(cause, e),
    );
    for (const m of members) taken.add(m);
    taken.add(cause);
    byCause.set(cause, members);
  }
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (byCause.has(e)) {
      add(e, byCause.get(e)!);
      continue;
    }
    if (taken.has(e)) continue;
    taken.add(e);
    const key = runKey(e);
    const members: Ev<At>[] = [];
    if (key !== null) {
      for (let j = i + 1; j < events.length && ms(events[j]!) === ms(e); j++) {
        const o = events[j]!;
        if (!taken.has(o) && runKey(o) === key) {
          members.push(o);
          taken.add(o);
        }
      }
    }
    add(e, members);
  }
  // A cause placed later in the list than its newest consequence still sorts by its own event.
  return groups.sort((a, b) => events.indexOf(a.head) - events.indexOf(b.head));
}
