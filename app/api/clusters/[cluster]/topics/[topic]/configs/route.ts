import { clusterGet } from '@/lib/api/cluster-route';
import { topicConfigs } from '@/lib/views/configs';

export const dynamic = 'force-dynamic';

export const GET = clusterGet({ topic: 'topic' }, ({ cfg, seg, db }) => topicConfigs(db, cfg.id, seg.topic));
