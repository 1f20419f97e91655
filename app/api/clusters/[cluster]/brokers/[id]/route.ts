import { clusterGet } from '@/lib/api/cluster-route';
import { timeRange } from '@/lib/api/params';
import { brokerDetail } from '@/lib/views/broker-detail';

export const dynamic = 'force-dynamic';
const DAY = 24 * 3600 * 1000;

export const GET = clusterGet({ id: 'broker' }, ({ cfg, seg, p, db }) => brokerDetail(db, cfg.id, seg.id, timeRange(p, DAY)));
