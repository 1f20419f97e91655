'use client';

import { useQuery } from '@tanstack/react-query';
import type { ClusterSummary } from '@/lib/views/clusters';
import type { Overview } from '@/lib/views/overview';
import { fetchJson } from './fetch-json';

/** Every UI refresh interval lives here. */
export const REFRESH = { clusters: 5000, overview: 2000 } as const;

const enc = encodeURIComponent;

export function useClusters() {
  return useQuery({
    queryKey: ['clusters'],
    queryFn: () => fetchJson<{ clusters: ClusterSummary[] }>('/api/clusters'),
    refetchInterval: REFRESH.clusters,
  });
}

export function useOverview(cluster: string) {
  return useQuery({
    queryKey: ['cluster', cluster, 'overview'],
    queryFn: () => fetchJson<Overview>(`/api/clusters/${enc(cluster)}/overview`),
    refetchInterval: REFRESH.overview,
  });
}
