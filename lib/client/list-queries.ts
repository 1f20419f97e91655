// The requests a page also makes on the server, in a module without 'use client': the topic and
// group lists' URL state and the API request each maps to, and the overview's. The pages read
// them while rendering with exactly the request, and under exactly the query key, the browser
// would use (app/clusters/[cluster]/{page,topics/page,groups/page,groups/[group]/page}.tsx); the hooks in ./queries.ts
// and ./url-state.ts build theirs from the same functions.
import { createLoader, createParser, parseAsNumberLiteral, parseAsString, parseAsStringLiteral } from 'nuqs/server';
import { GROUP_SORTS } from '@/lib/model/groups';
import { LAG_STATUSES } from '@/lib/model/lag';
import { DEFAULT_PAGE_SIZE, PAGE_SIZES } from '@/lib/model/paging';
import { SORT_ORDERS, TOPIC_SORTS, TOPIC_STATUS_FILTERS } from '@/lib/model/topics';
import type { FindingQuery } from '@/lib/views/findings';
import type { GroupListParams, TopicListParams } from './paths';
import { rangeKey, type RangeSel } from './time-range';

/** `true` / `false` only; anything else is the default. */
const parseAsFlag = createParser({ parse: (v) => (v === 'true' ? true : v === 'false' ? false : null), serialize: String });

/** A positive integer (pages). */
export const parseAsPositive = createParser({ parse: (v) => (/^\d{1,10}$/.test(v) && Number(v) >= 1 ? Number(v) : null), serialize: String });

// ---- Topic list: filters, sort and paging (the API takes the same names).

export const topicListParsers = {
  q: parseAsString.withDefault(''),
  status: parseAsStringLiteral(TOPIC_STATUS_FILTERS),
  internal: parseAsFlag.withDefault(true),
  sort: parseAsStringLiteral(TOPIC_SORTS).withDefault('name'),
  order: parseAsStringLiteral(SORT_ORDERS),
  page: parseAsPositive.withDefault(1),
  pageSize: parseAsNumberLiteral(PAGE_SIZES).withDefault(DEFAULT_PAGE_SIZE),
};

// ---- Consumer group list: search, status filter, sort (worst first unless asked otherwise) and
// paging (the API takes the same names).

export const groupListParsers = {
  q: parseAsString.withDefault(''),
  status: parseAsStringLiteral(LAG_STATUSES),
  sort: parseAsStringLiteral(GROUP_SORTS).withDefault('status'),
  order: parseAsStringLiteral(SORT_ORDERS),
  page: parseAsPositive.withDefault(1),
  pageSize: parseAsNumberLiteral(PAGE_SIZES).withDefault(DEFAULT_PAGE_SIZE),
};

/** The list state in a page's search parameters, parsed as the browser parses its URL. */
export const loadTopicListState = createLoader(topicListParsers);
export const loadGroupListState = createLoader(groupListParsers);

type QueryValue = string | number | boolean | undefined;

/** The topics API's query for a list state (defaults left out). */
export function topicsRequest(p: Required<Pick<TopicListParams, 'page' | 'pageSize'>> & TopicListParams): Record<string, QueryValue> {
  return {
    q: p.q,
    status: p.status ?? undefined,
    internal: p.internal === false ? false : undefined,
    sort: p.sort === 'name' ? undefined : p.sort,
    order: p.order ?? undefined,
    page: p.page,
    pageSize: p.pageSize,
  };
}

/** The groups API's query for a list state (defaults left out). */
export function groupsRequest(p: GroupListParams): Record<string, QueryValue> {
  return {
    q: p.q,
    status: p.status ?? undefined,
    behind: p.behind || undefined,
    sort: p.sort === 'status' ? undefined : p.sort,
    order: p.order ?? undefined,
    page: p.page,
    pageSize: p.pageSize,
  };
}

export const topicsKey = (cluster: string, request: Record<string, QueryValue>) => ['cluster', cluster, 'topics', request] as const;
export const groupsKey = (cluster: string, request: Record<string, QueryValue>) => ['cluster', cluster, 'groups', request] as const;
export const overviewKey = (cluster: string) => ['cluster', cluster, 'overview'] as const;
export const groupKey = (cluster: string, groupId: string) => ['cluster', cluster, 'group', groupId] as const;
export const findingsKey = (cluster: string, q: FindingQuery) => ['cluster', cluster, 'findings', q] as const;
/** Presets keep their key while the clock moves (the request resolves them when it is made). */
export const incidentsKey = (cluster: string, range: RangeSel) => ['cluster', cluster, 'incidents', rangeKey(range)] as const;

// ---- The overview's panels (what they ask for; the page reads the same on the server).

/** How many topics have a single replica (the count is all it needs). */
export const OVERVIEW_RF1 = { status: 'rf1', page: 1, pageSize: 1 } as const;
/** The groups furthest behind. */
export const OVERVIEW_TOP_GROUPS: GroupListParams = { behind: true, sort: 'seconds', pageSize: 5 };
/** The worst findings. */
export const OVERVIEW_TOP_FINDINGS: FindingQuery = { pageSize: 5 };
/** The latest incidents. */
export const OVERVIEW_INCIDENTS: RangeSel = { kind: 'preset', preset: '7d' };

/** `?a=1&b=x` of the values set (undefined and '' left out), or ''. */
export function queryString(entries: Record<string, QueryValue>): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(entries)) if (v !== undefined && v !== '') sp.set(k, String(v));
  const s = sp.toString();
  return s ? `?${s}` : '';
}
