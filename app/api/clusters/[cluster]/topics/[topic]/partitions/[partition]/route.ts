import { clusterGet } from '@/lib/api/cluster-route';
import { timeRange } from '@/lib/api/params';
import { partitionDetail } from '@/lib/views/partition-detail';

export const dynamic = 'force-dynamic';
const DAY = 24 * 3600 * 1000;

export const GET = clusterGet({ topic: 'topic', partition: 'partition' }, ({ cfg, seg, p, db }) => partitionDetail(db, cfg.id, seg.topic, seg.partition, timeRange(p, DAY)));
