'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { ALL_EVENT_TYPES, eventTypeLabel } from '@/lib/client/event-text';
import { navigateTo, paths } from '@/lib/client/paths';
import { useBrokers, useEventGroups, useEvents } from '@/lib/client/queries';
import { useSyncedState } from '@/lib/client/use-synced-state';
import { rangeLabel, rangeParams, readRange, type RangeSel } from '@/lib/client/time-range';
import { EventFeed } from './EventFeed';
import { EventTopicFilter, EventTypeFilter } from './EventFilters';
import { RangePicker } from './RangePicker';
import { EmptyState, inputClass, linkClass } from './ui';

const PRESETS = ['1h', '24h', '7d'] as const;

interface Filters {
  types: string[];
  broker?: number;
  topic?: string;
  range: RangeSel;
  /** One line per cause (default) or one per event. */
  view: 'grouped' | 'list';
}

function readFilters(sp: { get(k: string): string | null }): Filters {
  const raw = (sp.get('type') ?? '').split(',').map((t) => t.trim().toUpperCase());
  const broker = sp.get('broker');
  return {
    types: ALL_EVENT_TYPES.filter((t) => raw.includes(t)),
    broker: broker !== null && /^\d{1,10}$/.test(broker) ? Number(broker) : undefined,
    topic: sp.get('topic') || undefined,
    range: readRange(sp, PRESETS, 'all'),
    view: sp.get('view') === 'list' ? 'list' : 'grouped',
  };
}

export function EventsView({ cluster }: { cluster: string }) {
  const sp = useSearchParams();
  const f = readFilters(sp);
  const list = useEvents(cluster, f, 100, f.view === 'list');
  const grouped = useEventGroups(cluster, f, 100, f.view === 'grouped');
  const brokers = useBrokers(cluster);
  const update = (patch: Partial<Filters>) => {
    const n = { ...f, ...patch };
    navigateTo(paths.events(cluster, { types: n.types, broker: n.broker, topic: n.topic, ...rangeParams(n.range, 'all'), view: n.view === 'list' ? 'list' : undefined }));
  };
  const filtered = f.types.length > 0 || f.broker !== undefined || f.topic !== undefined || f.range.kind !== 'all';
  const [broker, setBroker] = useSyncedState(f.broker === undefined ? '' : String(f.broker));
  const brokerIds = brokers.data?.brokers.map((b) => b.id) ?? [];
  if (f.broker !== undefined && !brokerIds.includes(f.broker)) brokerIds.push(f.broker);

  const describe = [
    f.types.length > 0 ? f.types.map(eventTypeLabel).join(', ') : null,
    f.broker !== undefined ? `broker ${f.broker}` : null,
    f.topic ? `topic ${f.topic}` : null,
    f.range.kind !== 'all' ? rangeLabel(f.range) : null,
  ].filter(Boolean);

  return (
    <div className="space-y-3">
      <h1 className="text-lg font-semibold">Events</h1>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border border-slate-200 bg-white px-3 py-2 dark:border-slate-800 dark:bg-slate-900">
        <EventTypeFilter value={f.types} onChange={(types) => update({ types })} />
        <span className="flex items-center gap-1 text-xs text-slate-600 dark:text-slate-300">
          <label htmlFor="events-broker">Broker</label>
          <select
            id="events-broker"
            value={broker}
            onChange={(e) => {
              setBroker(e.target.value);
              update({ broker: e.target.value === '' ? undefined : Number(e.target.value) });
            }}
            className={inputClass}
          >
            <option value="">any</option>
            {brokerIds.map((id) => (
              <option key={id} value={id}>
                {id}
              </option>
            ))}
          </select>
        </span>
        <EventTopicFilter value={f.topic ?? ''} onChange={(topic) => update({ topic: topic || undefined })} />
        <div className="flex items-center gap-1.5 text-xs text-slate-600 dark:text-slate-300">
          <span aria-hidden>Time</span>
          <RangePicker label="Time range" value={f.range} presets={[...PRESETS]} allowAll allowCustom onChange={(range) => update({ range })} />
        </div>
        <label className="flex items-center gap-1.5 text-xs text-slate-600 dark:text-slate-300">
          <input type="checkbox" checked={f.view === 'grouped'} onChange={(e) => update({ view: e.target.checked ? 'grouped' : 'list' })} />
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
              {f.range.kind !== 'all' ? ' or widen the time range.' : ' to see everything.'}
            </EmptyState>
          ) : (
            <EmptyState title="No events yet">Events are recorded from the second poll on: brokers going down, ISR changes, new topics…</EmptyState>
          )
        }
      />
    </div>
  );
}
