// Every in-app URL is built here, so path segments are always encoded.
const enc = encodeURIComponent;

export type TopicStatus = 'under-replicated' | 'under-min-isr' | 'offline' | 'rf1';

export interface TopicListParams {
  q?: string;
  status?: TopicStatus;
  /** false hides internal topics; undefined = the default (shown). */
  internal?: boolean;
  page?: number;
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
  cluster: (c: string) => `/clusters/${enc(c)}`,
  brokers: (c: string) => `/clusters/${enc(c)}/brokers`,
  broker: (c: string, id: number) => `/clusters/${enc(c)}/brokers/${id}`,
  topics: (c: string, p: TopicListParams = {}) =>
    withQuery(`/clusters/${enc(c)}/topics`, [
      ['q', p.q],
      ['status', p.status],
      ['internal', p.internal === false ? 'false' : undefined],
      ['page', p.page && p.page > 1 ? p.page : undefined],
      ['pageSize', p.pageSize],
    ]),
  topic: (c: string, topic: string, partition?: number) =>
    `/clusters/${enc(c)}/topics/${enc(topic)}${partition === undefined ? '' : `#partition-${partition}`}`,
  groups: (c: string) => `/clusters/${enc(c)}/groups`,
  group: (c: string, groupId: string) => `/clusters/${enc(c)}/groups/${enc(groupId)}`,
  incidents: (c: string) => `/clusters/${enc(c)}/incidents`,
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

/** `path?k=v…` from the defined, non-empty entries of `params`. */
export function withParams(path: string, params: Record<string, string | number | undefined>): string {
  return withQuery(path, Object.entries(params));
}

/** Changes the URL without a server round trip; Next's router and useSearchParams follow it. */
export function navigateTo(url: string, mode: 'push' | 'replace' = 'push'): void {
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}
