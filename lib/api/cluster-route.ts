// The one shape of every per-cluster API route: the requester checked (401 without a session, a
// viewer at least), path segments checked by kind (400 naming the segment), the cluster resolved
// from the configuration (404 when unknown), the query string parsed on demand, and errors mapped
// to statuses by `handle`.
import type { ClusterConfig } from '@/lib/config/types';
import { clusterConfig } from '@/lib/config/clusters';
import { getDb, type Db } from '@/lib/store/client';
import { requireRole } from './guard';
import { handle } from './http';
import { Params } from './params';
import { segments, type SegmentKind } from './segments';

export interface ClusterRequest<S> {
  cfg: ClusterConfig;
  /** The route's other path segments, checked and converted (`id: 'broker'` → a number). */
  seg: S;
  p: Params;
  db: Db;
}

type Kinds = Record<string, SegmentKind>;
type Checked<K extends Kinds> = Awaited<ReturnType<typeof segments<Record<keyof K & string, string>, K>>>;

/** `export const GET = clusterGet({ topic: 'topic' }, ({ cfg, seg, p, db }) => view(db, cfg.id, seg.topic, …))`. */
export function clusterGet<K extends Kinds = Record<never, SegmentKind>>(kinds: K, f: (r: ClusterRequest<Checked<K>>) => Promise<unknown>) {
  return (req: Request, ctx: { params: Promise<Record<string, string>> }) =>
    handle(async () => {
      // Before anything else: an unauthenticated request learns nothing, not even which clusters exist.
      await requireRole(req, 'viewer');
      const { cluster, ...rest } = await segments(ctx.params, { cluster: 'cluster', ...kinds } as K & { cluster: 'cluster' });
      return f({ cfg: clusterConfig(cluster as string), seg: rest as Checked<K>, p: Params.of(req), db: getDb() });
    });
}
