import { clusterGet } from '@/lib/api/cluster-route';
import { overview } from '@/lib/views/overview';

export const dynamic = 'force-dynamic';

export const GET = clusterGet({}, ({ cfg, db }) => overview(db, cfg));
