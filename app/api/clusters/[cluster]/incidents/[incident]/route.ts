import { clusterGet } from '@/lib/api/cluster-route';
import { incidentDetail } from '@/lib/views/incidents';

export const dynamic = 'force-dynamic';

export const GET = clusterGet({ incident: 'incident' }, ({ cfg, seg, db }) => incidentDetail(db, cfg.id, seg.incident));
