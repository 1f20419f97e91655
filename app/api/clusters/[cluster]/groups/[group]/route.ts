import { clusterGet } from '@/lib/api/cluster-route';
import { groupDetail } from '@/lib/views/groups';

export const dynamic = 'force-dynamic';

export const GET = clusterGet({ group: 'group' }, ({ cfg, seg, db }) => groupDetail(db, cfg.id, seg.group));
