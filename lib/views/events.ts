import type { EventType } from '@/lib/analysis/types';
import type { Db } from '@/lib/store/client';

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

export interface EventRow {
  id: string;
  at: string;
  type: string;
  brokerId: number | null;
  topic: string | null;
  partition: number | null;
  details: unknown;
}

/** Newest first; `nextCursor` continues to older events. */
export async function listEvents(db: Db, clusterId: string, q: EventQuery): Promise<{ events: EventRow[]; nextCursor: string | null }> {
  const rows = await db.event.findMany({
    where: {
      clusterId,
      ...(q.types ? { type: { in: q.types } } : {}),
      ...(q.brokerId !== undefined ? { brokerId: q.brokerId } : {}),
      ...(q.topic !== undefined ? { topic: q.topic } : {}),
      ...(q.from || q.to ? { at: { ...(q.from ? { gte: q.from } : {}), ...(q.to ? { lte: q.to } : {}) } } : {}),
      ...(q.cursor !== undefined ? { id: { lt: q.cursor } } : {}),
    },
    orderBy: { id: 'desc' },
    take: q.limit + 1,
  });
  const page = rows.slice(0, q.limit);
  return {
    events: page.map((e) => ({
      id: e.id.toString(),
      at: e.at.toISOString(),
      type: e.type,
      brokerId: e.brokerId,
      topic: e.topic,
      partition: e.partition,
      details: e.details,
    })),
    nextCursor: rows.length > q.limit ? (page[page.length - 1]?.id.toString() ?? null) : null,
  };
}
