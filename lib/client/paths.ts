// Every in-app URL is built here, so path segments are always encoded. Query parameters have the
// names and defaults of url-state.ts (defaults are left out).
import type { GroupSort } from '@/lib/model/groups';
import { DEFAULT_FINDING_PAGE_SIZE, DEFAULT_PAGE_SIZE } from '@/lib/model/paging';
import type { SortOrder, TopicSort, TopicStatusFilter } from '@/lib/model/topics';

const enc = encodeURIComponent;

export type TopicStatus = TopicStatusFilter;

export interface TopicListParams {
  q?: string;
  status?: TopicStatus | null;
  /** false hides internal topics; undefined = the default (shown). */
  internal?: boolean;
  /** Default: name. */
  sort?: TopicSort;
  /** null or undefined: the sort key's own direction. */
  order?: SortOrder | null;
  page?: number;
  /** Left out when it is the default (50). */
  pageSize?: number;
}

export interface GroupListParams {
  q?: string;
  status?: string | null;
  /** Only groups with lag (the API's `behind=true`; the overview's top list). */
  behind?: boolean;
  /** Default: status. */
  sort?: GroupSort;
  /** null or undefined: the sort key's own direction. */
  order?: SortOrder | null;
  page?: number;
  /** Left out when it is the default (50). */
  pageSize?: number;
}

export interface FindingListParams {
  severity?: string | null;
  rule?: string | null;
  kind?: string | null;
  page?: number;
  /** Left out when it is the default (100). */
  pageSize?: number;
}

export interface EventListParams {
  types?: string[];
  broker?: number;
  topic?: string;
  range?: string;
  from?: string;
  to?: string;
  view?: 'list';
}

function withQuery(path: string, entries: [string, string | number | undefined][]): string {
  const sp = new URLSearchParams();
  for (const [k, v] of entries) if (v !== undefined && v !== '') sp.set(k, String(v));
  const qs = sp.toString();
  return qs ? `${path}?${qs}` : path;
}

export const paths = {
  home: () => '/',
  login: (next?: string) => withQuery('/login', [['next', next && next !== '/' ? next : undefined]]),
  admin: () => '/admin',
  cluster: (c: string) => `/clusters/${enc(c)}`,
  brokers: (c: string) => `/clusters/${enc(c)}/brokers`,
  broker: (c: string, id: number) => `/clusters/${enc(c)}/brokers/${id}`,
  topics: (c: string, p: TopicListParams = {}) =>
    withQuery(`/clusters/${enc(c)}/topics`, [
      ['q', p.q],
      ['status', p.status ?? undefined],
      ['internal', p.internal === false ? 'false' : undefined],
      ['sort', p.sort === 'name' ? undefined : p.sort],
      ['order', p.order ?? undefined],
      ['page', p.page && p.page > 1 ? p.page : undefined],
      ['pageSize', p.pageSize === DEFAULT_PAGE_SIZE ? undefined : p.pageSize],
    ]),
  topic: (c: string, topic: string, partition?: number) =>
    `/clusters/${enc(c)}/topics/${enc(topic)}${partition === undefined ? '' : `#partition-${partition}`}`,
  groups: (c: string, p: GroupListParams = {}) =>
    withQuery(`/clusters/${enc(c)}/groups`, [
      ['q', p.q],
      ['status', p.status ?? undefined],
      ['sort', p.sort === 'status' ? undefined : p.sort],
      ['order', p.order ?? undefined],
      ['page', p.page && p.page > 1 ? p.page : undefined],
      ['pageSize', p.pageSize === DEFAULT_PAGE_SIZE ? undefined : p.pageSize],
    ]),
  group: (c: string, groupId: string) => `/clusters/${enc(c)}/groups/${enc(groupId)}`,
  incidents: (c: string) => `/clusters/${enc(c)}/incidents`,
  alerts: (c: string) => `/clusters/${enc(c)}/alerts`,
  findings: (c: string, p: FindingListParams = {}) =>
    withQuery(`/clusters/${enc(c)}/findings`, [
      ['severity', p.severity ?? undefined],
      ['rule', p.rule ?? undefined],
      ['kind', p.kind ?? undefined],
      ['page', p.page && p.page > 1 ? p.page : undefined],
      ['pageSize', p.pageSize === DEFAULT_FINDING_PAGE_SIZE ? undefined : p.pageSize],
    ]),
  incident: (c: string, id: string) => `/clusters/${enc(c)}/incidents/${enc(id)}`,
  events: (c: string, p: EventListParams = {}) =>
    withQuery(`/clusters/${enc(c)}/events`, [
      ['type', p.types && p.types.length > 0 ? p.types.join(',') : undefined],
      ['broker', p.broker],
      ['topic', p.topic],
      ['range', p.range],
      ['from', p.from],
      ['to', p.to],
      ['view', p.view],
    ]),
};

/** Route params arrive encoded or not depending on the path taken; topic names never contain '%'. */
export function decodeParam(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
