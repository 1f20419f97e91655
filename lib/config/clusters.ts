import { notFound } from '@/lib/model/errors';
import { loadClusters } from './load';
import type { ClusterConfig } from './types';

let cached: ClusterConfig[] | null = null;

/** The configured clusters, read once per process: configuration does not change while running. */
export function configuredClusters(): ClusterConfig[] {
  cached ??= loadClusters();
  return cached;
}

/** One configured cluster by id; NotFoundError (a 404 from the API) for an unknown id. */
export function clusterConfig(id: string): ClusterConfig {
  const c = configuredClusters().find((x) => x.id === id);
  if (!c) throw notFound(`cluster "${id}"`);
  return c;
}
