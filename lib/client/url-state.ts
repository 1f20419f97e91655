'use client';

// Everything a screen keeps in its URL, defined once: parameter names, what a value may be, and
// the defaults, which are left out of the URL (nuqs clears a key set to its default). Links
// built elsewhere (lib/client/paths.ts) use the same names.
import { createParser, parseAsString, parseAsStringLiteral, parseAsNumberLiteral, useQueryStates, type Options } from 'nuqs';
import { useMemo } from 'react';
import type { SortOrder } from '@/lib/model/topics';
import { DEFAULT_FINDING_PAGE_SIZE, PAGE_SIZES } from '@/lib/model/paging';
import { FINDING_RULE_IDS, FINDING_SEVERITIES, FINDING_SUBJECT_KINDS } from '@/lib/model/findings';
import { ALL_EVENT_TYPES } from './event-text';
import { groupListParsers, parseAsPositive, topicListParsers } from './list-queries';
import { parseTime, type Preset, type RangeSel } from './time-range';

/** A time in the URL: ISO 8601 or epoch milliseconds; ISO 8601 in state. */
const parseAsTime = createParser({ parse: parseTime, serialize: (v: string) => v });

const parseAsBrokerId = createParser({ parse: (v) => (/^\d{1,10}$/.test(v) ? Number(v) : null), serialize: String });

/** `type=BROKER_DOWN,ISR_SHRINK`: known types only, in the filter's order, any case. */
const parseAsEventTypes = createParser<string[]>({
  parse: (v) => {
    const raw = v.split(',').map((t) => t.trim().toUpperCase());
    return ALL_EVENT_TYPES.filter((t) => raw.includes(t));
  },
  serialize: (v) => v.join(','),
  eq: (a, b) => a.join(',') === b.join(','),
});

// ---- Time ranges: `range=<preset>|all`, or `from` and `to` for a custom range.

export interface RangeSpec {
  presets: readonly Preset[];
  def: Preset | 'all';
}

function rangeParsers(spec: RangeSpec) {
  return {
    range: parseAsStringLiteral<Preset | 'all'>([...spec.presets, 'all']).withDefault(spec.def),
    from: parseAsTime,
    to: parseAsTime,
  };
}

/** The ranges each screen offers, and its default. */
export const RANGES = {
  brokers: { presets: ['1h', '24h', '7d'], def: '24h' },
  topic: { presets: ['15m', '1h', '6h', '24h'], def: '1h' },
  group: { presets: ['15m', '1h', '6h', '24h', '7d', '30d'], def: '1h' },
  incidents: { presets: ['24h', '7d', '30d'], def: '7d' },
  events: { presets: ['1h', '24h', '7d'], def: 'all' },
  alerts: { presets: ['24h', '7d', '30d'], def: '7d' },
} as const satisfies Record<string, RangeSpec>;

type RangeValues = { range: Preset | 'all'; from: string | null; to: string | null };

/** The selection the URL's `range`, `from` and `to` make; an unusable custom range is the preset. */
export function toRangeSel(v: RangeValues): RangeSel {
  if (v.from && v.to && v.from < v.to) return { kind: 'custom', from: v.from, to: v.to };
  return v.range === 'all' ? { kind: 'all' } : { kind: 'preset', preset: v.range };
}

/** The URL values for a selection (null removes a key). */
export function fromRangeSel(sel: RangeSel): { range: RangeValues['range'] | null; from: string | null; to: string | null } {
  if (sel.kind === 'custom') return { range: null, from: sel.from, to: sel.to };
  return { range: sel.kind === 'all' ? 'all' : sel.preset, from: null, to: null };
}

/** A screen's time range from the URL; choosing one replaces the URL (no history entry). */
export function useRange(spec: RangeSpec, options: Options = { history: 'replace' }): [RangeSel, (sel: RangeSel) => void] {
  const parsers = useMemo(() => rangeParsers(spec), [spec]);
  const [v, set] = useQueryStates(parsers, options);
  return [toRangeSel(v), (sel) => void set(fromRangeSel(sel))];
}

// ---- Sorting: `sort=<key>` and `order=asc|desc`; without `order`, the key's own direction.

export function orderOf<K extends string>(key: K, order: SortOrder | null, defaults: Record<K, SortOrder>): SortOrder {
  return order ?? defaults[key];
}

/** The `order` to put in the URL: null when it is the key's default. */
export function orderParam<K extends string>(key: K, order: SortOrder, defaults: Record<K, SortOrder>): SortOrder | null {
  return order === defaults[key] ? null : order;
}

// ---- Topic list: filters, sort and paging (parsers in ./list-queries.ts: the page reads them on the server too).

export function useTopicListState() {
  return useQueryStates(topicListParsers, { history: 'push' });
}

// ---- Consumer group list: search, status filter, sort (worst first unless asked otherwise) and
// paging (parsers in ./list-queries.ts).

export function useGroupListState() {
  return useQueryStates(groupListParsers, { history: 'push' });
}

// ---- One consumer group: the lag chart's unit (its range is RANGES.group).

export const LAG_UNITS = ['messages', 'seconds'] as const;
export const lagUnitParsers = { unit: parseAsStringLiteral(LAG_UNITS).withDefault('messages') };

export function useLagUnit() {
  return useQueryStates(lagUnitParsers, { history: 'replace' });
}

// ---- Events: type, broker and topic filters, one line per event (`view=list`) or per cause.

export const eventFilterParsers = {
  type: parseAsEventTypes.withDefault([]),
  broker: parseAsBrokerId,
  topic: parseAsString,
  view: parseAsStringLiteral(['list'] as const),
};

export function useEventFilters() {
  return useQueryStates(eventFilterParsers, { history: 'push' });
}

// ---- Findings: severity, rule and subject filters, and paging.

export const findingFilterParsers = {
  severity: parseAsStringLiteral(FINDING_SEVERITIES),
  rule: parseAsStringLiteral(FINDING_RULE_IDS),
  kind: parseAsStringLiteral(FINDING_SUBJECT_KINDS),
  page: parseAsPositive.withDefault(1),
  pageSize: parseAsNumberLiteral(PAGE_SIZES).withDefault(DEFAULT_FINDING_PAGE_SIZE),
};

export function useFindingFilters() {
  return useQueryStates(findingFilterParsers, { history: 'push' });
}

// ---- Admin: the audit log's page (newest first).

export const auditLogParsers = { page: parseAsPositive.withDefault(1) };

export function useAuditLogState() {
  return useQueryStates(auditLogParsers, { history: 'push' });
}
