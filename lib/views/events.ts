import { groupEventsByCause, type EventGroup } from '@/lib/analysis/event-groups';
import { decodeEvent, eventJson } from '@/lib/model/event-decode';
import type { EventRow, EventType } from '@/lib/model/events';
import type { Db } from '@/lib/store/client';

export type { EventRow } from '@/lib/model/events';

export interface EventQuery {
  types?: EventType[];
  brokerId?: number;
  topic?: string;
  from?: Date;
  to?: Date;
  limit: number;
  /** Id of the last event of the previous page. */
  cursor?: bigint;
}

export interface EventPage {
  events: EventRow[];
  nextCursor: string | null;
}

export interface EventGroupPage {
  groups: EventGroup<EventRow>[];
  nextCursor: string | null;
}

function where(clusterId: string, q: Omit<EventQuery, 'limit'>) {
  return {
    clusterId,
    ...(q.types ? { type: { in: q.types } } : {}),
    ...(q.brokerId !== undefined ? { brokerId: q.brokerId } : {}),
    ...(q.topic !== undefined ? { topic: q.topic } : {}),
    ...(q.from || q.to ? { at: { ...(q.from ? { gte: q.from } : {}), ...(q.to ? { lte: q.to } : {}) } } : {}),
    ...(q.cursor !== undefined ? { id: { lt: q.cursor } } : {}),
  };
}

/** Newest first; `nextCursor` continues to older events. */
export async function listEvents(db: Db, clusterId: string, q: EventQuery): Promise<EventPage> {
  const rows = await db.event.findMany({ where: where(clusterId, q), orderBy: { id: 'desc' }, take: q.limit + 1 });
  const page = rows.slice(0, q.limit);
  return {
    events: page.map((e) => eventJson(decodeEvent(e))),
    nextCursor: rows.length > q.limit ? (page[page.length - 1]?.id.toString() ?? null) : null,
  };
}

/**
 * Events grouped per cause ("broker 1 down" holding the ISR shrinks it caused). A page is
 * `limit` events, extended to the end of the last poll it touches so a group is never cut in two
 * by the page boundary (consequences reported in a later poll may still land on the next page).
 */
export async function listEventGroups(db: Db, clusterId: string, q: EventQuery): Promise<EventGroupPage> {
  const first = await listEvents(db, clusterId, q);
  let events = first.events;
  let nextCursor = first.nextCursor;
  const last = events[events.length - 1];
  if (nextCursor !== null && last) {
    const sameAt = new Date(last.at);
    const rest = await db.event.findMany({
      where: { ...where(clusterId, { ...q, cursor: BigInt(nextCursor) }), at: { gte: sameAt, lte: sameAt } },
      orderBy: { id: 'desc' },
    });
    events = [...events, ...rest.map((e) => eventJson(decodeEvent(e)))];
    const tail = rest[rest.length - 1];
    if (tail) {
      const more = await db.event.count({ where: where(clusterId, { ...q, cursor: tail.id }) });
      nextCursor = more > 0 ? tail.id.toString() : null;
    }
  }
  return { groups: groupEventsByCause(events), nextCursor };
}
