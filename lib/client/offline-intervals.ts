import type { EventRow } from '@/lib/views/events';

export interface OfflineInterval {
  partition: number;
  /** null: it went offline before the oldest loaded event. */
  start: string | null;
  /** null: still offline (or not back within the loaded events). */
  end: string | null;
}

/** Pairs PARTITION_OFFLINE with the following PARTITION_ONLINE, per partition, newest first. */
export function offlineIntervals(events: Pick<EventRow, 'at' | 'type' | 'partition'>[]): OfflineInterval[] {
  const asc = events
    .filter((e) => e.partition !== null && (e.type === 'PARTITION_OFFLINE' || e.type === 'PARTITION_ONLINE'))
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const open = new Map<number, string>();
  const seen = new Set<number>();
  const out: OfflineInterval[] = [];
  for (const e of asc) {
    const p = e.partition as number;
    if (e.type === 'PARTITION_OFFLINE') {
      if (!open.has(p)) open.set(p, e.at);
    } else {
      const start = open.get(p);
      if (start !== undefined) out.push({ partition: p, start, end: e.at });
      else if (!seen.has(p)) out.push({ partition: p, start: null, end: e.at });
      open.delete(p);
    }
    seen.add(p);
  }
  for (const [partition, start] of open) out.push({ partition, start, end: null });
  const key = (i: OfflineInterval) => (i.end === null ? Number.POSITIVE_INFINITY : Date.parse(i.end));
  return out.sort((a, b) => key(b) - key(a) || a.partition - b.partition);
}
