import { clusterGet } from '@/lib/api/cluster-route';
import { timeRange } from '@/lib/api/params';
import { topicDetail } from '@/lib/views/topic-detail';

export const dynamic = 'force-dynamic';
const HOUR = 3600 * 1000;

export const GET = clusterGet({ topic: 'topic' }, ({ cfg, seg, p, db }) => topicDetail(db, cfg.id, seg.topic, timeRange(p, HOUR)));
