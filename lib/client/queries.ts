'use client';

import { keepPreviousData, useInfiniteQuery, useQueries, useQuery } from '@tanstack/react-query';
import type { BrokerDetail } from '@/lib/views/broker-detail';
import type { BrokerRow } from '@/lib/views/brokers';
import type { ClusterSummary } from '@/lib/views/clusters';
import type { EventGroupPage, EventPage } from '@/lib/views/events';
import type { LagSeries } from '@/lib/views/group-lag-series';
import type { GroupDetail, GroupPage } from '@/lib/views/groups';
import type { AdminAlerting, AuditPage } from '@/lib/views/admin';
import type { AlertsView } from '@/lib/views/alerts';
import type { ConfigView } from '@/lib/views/configs';
import type { FindingList, FindingQuery } from '@/lib/views/findings';
import type { IncidentDetail, IncidentList } from '@/lib/views/incidents';
import type { QuorumView } from '@/lib/views/quorum';
import type { WhatIfView } from '@/lib/views/what-if';
import type { Overview } from '@/lib/views/overview';
import type { TopicDetail } from '@/lib/views/topic-detail';
import type { TopicPage } from '@/lib/views/topics';
import { fetchJson } from './fetch-json';
import { findingsKey, groupKey, groupsKey, groupsRequest, incidentsKey, overviewKey, queryString as qs, topicsKey, topicsRequest } from './list-queries';
import type { GroupListParams, TopicListParams } from './paths';
import { rangeKey, resolveRange, type RangeSel } from './time-range';

/** Every UI refresh interval lives here. */
export const REFRESH = {
  clusters: 5000,
  overview: 2000,
  brokers: 3000,
  brokerDetail: 10_000,
  topics: 5000,
  topicDetail: 5000,
  events: 5000,
  groups: 5000,
  groupDetail: 5000,
  groupLag: 10_000,
  incidents: 15_000,
  incidentDetail: 15_000,
  alerts: 5000,
  findings: 15_000,
  whatIf: 15_000,
  quorum: 5000,
  configs: 60_000,
  brokerTimelines: 15_000,
  adminAlerting: 60_000,
  auditLog: 10_000,
} as const;

const enc = encodeURIComponent;


/** The absolute range a response was asked for (presets resolve at fetch time). */
export type WithRange<T> = T & { requested: { from: string; to: string } };

export function useClusters() {
  return useQuery({
    queryKey: ['clusters'],
    queryFn: () => fetchJson<{ clusters: ClusterSummary[] }>('/api/clusters'),
    refetchInterval: REFRESH.clusters,
  });
}

export function useOverview(cluster: string) {
  return useQuery({
    queryKey: overviewKey(cluster),
    queryFn: () => fetchJson<Overview>(`/api/clusters/${enc(cluster)}/overview`),
    refetchInterval: REFRESH.overview,
  });
}

export function useBrokers(cluster: string) {
  return useQuery({
    queryKey: ['cluster', cluster, 'brokers'],
    queryFn: () => fetchJson<{ brokers: BrokerRow[]; noDataReason: string | null }>(`/api/clusters/${enc(cluster)}/brokers`),
    refetchInterval: REFRESH.brokers,
  });
}

export function useBrokerDetail(cluster: string, id: number, range: RangeSel) {
  return useQuery({
    queryKey: ['cluster', cluster, 'broker', id, rangeKey(range)],
    queryFn: () => fetchJson<BrokerDetail>(`/api/clusters/${enc(cluster)}/brokers/${id}${qs(resolveRange(range))}`),
    refetchInterval: REFRESH.brokerDetail,
    placeholderData: keepPreviousData,
  });
}

export function useTopics(cluster: string, p: Required<Pick<TopicListParams, 'page' | 'pageSize'>> & TopicListParams) {
  const params = topicsRequest(p);
  return useQuery({
    queryKey: topicsKey(cluster, params),
    queryFn: () => fetchJson<TopicPage & { noDataReason: string | null; readProblem: string | null }>(`/api/clusters/${enc(cluster)}/topics${qs(params)}`),
    refetchInterval: REFRESH.topics,
    // Paging and typing keep the previous rows on screen instead of flashing a skeleton.
    placeholderData: keepPreviousData,
  });
}

export function useTopic(cluster: string, topic: string, range: RangeSel) {
  return useQuery({
    queryKey: ['cluster', cluster, 'topic', topic, rangeKey(range)],
    queryFn: async (): Promise<WithRange<TopicDetail>> => {
      const r = resolveRange(range);
      const data = await fetchJson<TopicDetail>(`/api/clusters/${enc(cluster)}/topics/${enc(topic)}${qs(r)}`);
      const to = r.to ?? new Date().toISOString();
      return { ...data, requested: { from: r.from ?? to, to } };
    },
    refetchInterval: REFRESH.topicDetail,
    placeholderData: keepPreviousData,
  });
}

export interface EventFilter {
  types?: string[];
  broker?: number;
  topic?: string;
  range: RangeSel;
}

export type { EventGroupPage, EventPage } from '@/lib/views/events';

function eventUrl(cluster: string, f: EventFilter, limit: number, cursor?: string | null, view?: 'grouped'): string {
  return `/api/clusters/${enc(cluster)}/events${qs({
    view,
    type: f.types && f.types.length > 0 ? f.types.join(',') : undefined,
    broker: f.broker,
    topic: f.topic,
    ...resolveRange(f.range),
    limit,
    cursor: cursor ?? undefined,
  })}`;
}

/** Newest events first, with "load older" through the API's cursor. */
export function useEvents(cluster: string, f: EventFilter, pageSize = 100, enabled = true) {
  const key = { types: f.types?.join(',') ?? '', broker: f.broker ?? null, topic: f.topic ?? null, range: rangeKey(f.range) };
  return useInfiniteQuery({
    queryKey: ['cluster', cluster, 'events', key, pageSize],
    queryFn: ({ pageParam }) => fetchJson<EventPage>(eventUrl(cluster, f, pageSize, pageParam)),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    refetchInterval: REFRESH.events,
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Newest events grouped per cause ("broker 1 down" holding what it caused), with "load older". */
export function useEventGroups(cluster: string, f: EventFilter, pageSize = 100, enabled = true) {
  const key = { types: f.types?.join(',') ?? '', broker: f.broker ?? null, topic: f.topic ?? null, range: rangeKey(f.range) };
  return useInfiniteQuery({
    queryKey: ['cluster', cluster, 'events', 'grouped', key, pageSize],
    queryFn: ({ pageParam }) => fetchJson<EventGroupPage>(eventUrl(cluster, f, pageSize, pageParam, 'grouped')),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    refetchInterval: REFRESH.events,
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** The latest events, grouped per cause, for the overview. */
export function useRecentEventGroups(cluster: string, limit = 50) {
  return useQuery({
    queryKey: ['cluster', cluster, 'events', 'recent', limit],
    queryFn: () => fetchJson<EventGroupPage>(eventUrl(cluster, { range: { kind: 'all' } }, limit, null, 'grouped')),
    refetchInterval: REFRESH.events,
  });
}

export type GroupList = GroupPage & { noDataReason: string | null; readProblem: string | null };

/** One page of the group list, sorted and filtered by the server. */
export function useGroups(cluster: string, p: GroupListParams = {}) {
  const params = groupsRequest(p);
  return useQuery({
    queryKey: groupsKey(cluster, params),
    queryFn: () => fetchJson<GroupList>(`/api/clusters/${enc(cluster)}/groups${qs(params)}`),
    refetchInterval: REFRESH.groups,
    placeholderData: keepPreviousData,
  });
}

export function useGroup(cluster: string, groupId: string) {
  return useQuery({
    queryKey: groupKey(cluster, groupId),
    queryFn: () => fetchJson<GroupDetail>(`/api/clusters/${enc(cluster)}/groups/${enc(groupId)}`),
    refetchInterval: REFRESH.groupDetail,
  });
}

export function useGroupLag(cluster: string, groupId: string, range: RangeSel) {
  return useQuery({
    queryKey: ['cluster', cluster, 'group', groupId, 'lag', rangeKey(range)],
    queryFn: () => fetchJson<LagSeries>(`/api/clusters/${enc(cluster)}/groups/${enc(groupId)}/lag${qs(resolveRange(range))}`),
    refetchInterval: REFRESH.groupLag,
    placeholderData: keepPreviousData,
  });
}

export function useIncidents(cluster: string, range: RangeSel) {
  return useQuery({
    queryKey: incidentsKey(cluster, range),
    queryFn: () => fetchJson<IncidentList>(`/api/clusters/${enc(cluster)}/incidents${qs(resolveRange(range))}`),
    refetchInterval: REFRESH.incidents,
    placeholderData: keepPreviousData,
  });
}

export function useIncident(cluster: string, id: string) {
  return useQuery({
    queryKey: ['cluster', cluster, 'incident', id],
    queryFn: () => fetchJson<IncidentDetail>(`/api/clusters/${enc(cluster)}/incidents/${enc(id)}`),
    refetchInterval: REFRESH.incidentDetail,
  });
}

/** Every broker's detail over one range, for the all-brokers availability timeline. */
export function useBrokerTimelines(cluster: string, ids: number[], range: RangeSel) {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: ['cluster', cluster, 'broker', id, rangeKey(range)],
      queryFn: () => fetchJson<BrokerDetail>(`/api/clusters/${enc(cluster)}/brokers/${id}${qs(resolveRange(range))}`),
      refetchInterval: REFRESH.brokerTimelines,
      placeholderData: keepPreviousData,
    })),
  });
}

export function useAlerts(cluster: string, range: RangeSel) {
  return useQuery({
    queryKey: ['cluster', cluster, 'alerts', rangeKey(range)],
    queryFn: () => fetchJson<AlertsView>(`/api/clusters/${enc(cluster)}/alerts${qs(resolveRange(range))}`),
    refetchInterval: REFRESH.alerts,
    placeholderData: keepPreviousData,
  });
}

/** Findings, most severe first; filtered by severity, rule or subject. */
export function useFindings(cluster: string, q: FindingQuery = {}) {
  return useQuery({
    queryKey: findingsKey(cluster, q),
    queryFn: () => fetchJson<FindingList>(`/api/clusters/${enc(cluster)}/findings${qs({ ...q })}`),
    refetchInterval: REFRESH.findings,
    placeholderData: keepPreviousData,
  });
}

/** What losing these brokers together would do now. */
export function useWhatIf(cluster: string, brokers: number[], enabled = true) {
  return useQuery({
    queryKey: ['cluster', cluster, 'what-if', brokers.join(',')],
    queryFn: () => fetchJson<WhatIfView>(`/api/clusters/${enc(cluster)}/what-if${qs({ broker: brokers.join(',') })}`),
    refetchInterval: REFRESH.whatIf,
    enabled: enabled && brokers.length > 0,
  });
}

export function useQuorum(cluster: string) {
  return useQuery({
    queryKey: ['cluster', cluster, 'quorum'],
    queryFn: () => fetchJson<{ quorum: QuorumView | null }>(`/api/clusters/${enc(cluster)}/quorum`),
    refetchInterval: REFRESH.quorum,
  });
}

export function useConfigs(cluster: string, of: { topic: string } | { broker: number }, enabled = true) {
  const path = 'topic' in of ? `topics/${enc(of.topic)}` : `brokers/${of.broker}`;
  return useQuery({
    queryKey: ['cluster', cluster, 'configs', path],
    queryFn: () => fetchJson<ConfigView>(`/api/clusters/${enc(cluster)}/${path}/configs`),
    refetchInterval: REFRESH.configs,
    enabled,
  });
}

/** Admin: each cluster's receivers and rules. */
export function useAdminAlerting() {
  return useQuery({ queryKey: ['admin', 'alerting'], queryFn: () => fetchJson<AdminAlerting>('/api/admin/alerting'), refetchInterval: REFRESH.adminAlerting });
}

/** Admin: one page of the audit log, newest first. */
export function useAuditLog(page: number, pageSize = 50) {
  return useQuery({
    queryKey: ['admin', 'audit', page, pageSize],
    queryFn: () => fetchJson<AuditPage>(`/api/admin/audit${qs({ page, pageSize })}`),
    refetchInterval: REFRESH.auditLog,
    placeholderData: keepPreviousData,
  });
}
