import type { ClusterEvent } from '@/lib/model/events';

/** "BROKER_DOWN broker=2; ISR_SHRINK x12" — one log line per poll, not one per partition. */
export function summariseEvents(events: readonly ClusterEvent[]): string {
  const counts = new Map<string, number>();
  for (const e of events) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  return [...counts]
    .map(([type, n]) => {
      const only = n === 1 ? events.find((e) => e.type === type) : undefined;
      const where = only ? [only.brokerId !== undefined ? `broker=${only.brokerId}` : '', only.topic ? `${only.topic}-${only.partition ?? ''}` : ''].filter(Boolean).join(' ') : '';
      return n === 1 ? `${type}${where ? ` ${where}` : ''}` : `${type} x${n}`;
    })
    .join('; ');
}
