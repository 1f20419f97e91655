import { clusterGet } from '@/lib/api/cluster-route';
import { quorumView } from '@/lib/views/quorum';

export const dynamic = 'force-dynamic';

export const GET = clusterGet({}, async ({ cfg, db }) => ({ quorum: await quorumView(db, cfg.id) }));
