'use client';

import Link from 'next/link';
import { eventTypeLabel } from '@/lib/client/event-text';
import { paths } from '@/lib/client/paths';
import { useBrokers, useEventGroups, useEvents } from '@/lib/client/queries';
import { rangeLabel } from '@/lib/client/time-range';
import { RANGES, useEventFilters, useRange } from '@/lib/client/url-state';
import { EventFeed } from '@/components/parts/events/EventFeed';
import { EventTopicFilter, EventTypeFilter } from '@/components/parts/events/EventFilters';
import { RangePicker } from '@/components/parts/RangePicker';
import { EmptyState, inputClass, linkClass } from '@/components/parts/ui';

export function EventsView({ cluster }: { cluster: string }) {
  // Every filter change is a history entry: back returns to the previous filters.
  const [f, set] = useEventFilters();
  const [range, setRange] = useRange(RANGES.events, { history: 'push' });
  const filter = { types: f.type, broker: f.broker ?? undefined, topic: f.topic ?? undefined, range };
  const list = useEvents(cluster, filter, 100, f.view === 'list');
  const grouped = useEventGroups(cluster, filter, 100, f.view !== 'list');
  const brokers = useBrokers(cluster);
  const filtered = f.type.length > 0 || f.broker !== null || f.topic !== null || range.kind !== 'all';
  const brokerIds = brokers.data?.brokers.map((b) => b.id) ?? [];
  if (f.broker !== null && !brokerIds.includes(f.broker)) brokerIds.push(f.broker);

  const describe = [
    f.type.length > 0 ? f.type.map(eventTypeLabel).join(', ') : null,
    f.broker !== null ? `broker ${f.broker}` : null,
    f.topic ? `topic ${f.topic}` : null,
    range.kind !== 'all' ? rangeLabel(range) : null,
  ].filter(Boolean);

  return (
    <div className="space-y-3">
      <h1 className="text-lg font-semibold">Events</h1>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border border-slate-200 bg-white px-3 py-2 dark:border-slate-800 dark:bg-slate-900">
        <EventTypeFilter value={f.type} onChange={(type) => void set({ type })} />
        <span className="flex items-center gap-1 text-xs text-slate-600 dark:text-slate-300">
          <label htmlFor="events-broker">Broker</label>
          <select id="events-broker" value={f.broker ?? ''} onChange={(e) => void set({ broker: e.target.value === '' ? null : Number(e.target.value) })} className={inputClass}>
            <option value="">any</option>
            {brokerIds.map((id) => (
              <option key={id} value={id}>
                {id}
              </option>
            ))}
          </select>
        </span>
        <EventTopicFilter key={f.topic ?? ''} value={f.topic ?? ''} onChange={(topic) => void set({ topic: topic || null })} />
        <div className="flex items-center gap-1.5 text-xs text-slate-600 dark:text-slate-300">
          <span aria-hidden>Time</span>
          <RangePicker label="Time range" value={range} presets={RANGES.events.presets} allowAll allowCustom onChange={setRange} />
        </div>
        <label className="flex items-center gap-1.5 text-xs text-slate-600 dark:text-slate-300">
          <input type="checkbox" checked={f.view !== 'list'} onChange={(e) => void set({ view: e.target.checked ? null : 'list' })} />
          Group by cause
        </label>
        {filtered && (
          <Link href={paths.events(cluster)} className={`${linkClass} text-xs`}>
            Clear filters
          </Link>
        )}
      </div>
      <EventFeed
        cluster={cluster}
        title={describe.length > 0 ? `Events: ${describe.join(' · ')}` : 'All events'}
        query={f.view === 'list' ? { kind: 'list', q: list } : { kind: 'grouped', q: grouped }}
        empty={
          filtered ? (
            <EmptyState title="No events match these filters">
              <Link href={paths.events(cluster)} className={linkClass}>
                Clear filters
              </Link>
              {range.kind !== 'all' ? ' or widen the time range.' : ' to see everything.'}
            </EmptyState>
          ) : (
            <EmptyState title="No events yet">Events are recorded from the second poll on: brokers going down, ISR changes, new topics…</EmptyState>
          )
        }
      />
    </div>
  );
}
