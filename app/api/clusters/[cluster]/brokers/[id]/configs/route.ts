import { clusterGet } from '@/lib/api/cluster-route';
import { brokerConfigs } from '@/lib/views/configs';

export const dynamic = 'force-dynamic';

export const GET = clusterGet({ id: 'broker' }, ({ cfg, seg, db }) => brokerConfigs(db, cfg.id, seg.id));
