// The topic and group lists' URL state and the API request each maps to, in a module without
// 'use client': the pages read the first page on the server with exactly the request, and under
// exactly the query key, the browser would use (app/clusters/[cluster]/{topics,groups}/page.tsx),
// and the hooks in ./queries.ts and ./url-state.ts build theirs from the same functions.
import { createLoader, createParser, parseAsNumberLiteral, parseAsString, parseAsStringLiteral, type inferParserType } from 'nuqs/server';
import { GROUP_SORTS } from '@/lib/model/groups';
import { LAG_STATUSES } from '@/lib/model/lag';
import { DEFAULT_PAGE_SIZE, PAGE_SIZES } from '@/lib/model/paging';
import { SORT_ORDERS, TOPIC_SORTS, TOPIC_STATUS_FILTERS } from '@/lib/model/topics';
import type { GroupListParams, TopicListParams } from './paths';

/** `true` / `false` only; anything else is the default. */
export const parseAsFlag = createParser({ parse: (v) => (v === 'true' ? true : v === 'false' ? false : null), serialize: String });

/** A positive integer (pages, broker ids). */
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
export type TopicListState = inferParserType<typeof topicListParsers>;

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

/** `?a=1&b=x` of the values set (undefined and '' left out), or ''. */
export function queryString(entries: Record<string, QueryValue>): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(entries)) if (v !== undefined && v !== '') sp.set(k, String(v));
  const s = sp.toString();
  return s ? `?${s}` : '';
}
