import { clusterGet } from '@/lib/api/cluster-route';
import { timeRange } from '@/lib/api/params';
import { alertSettingsOf } from '@/lib/config/alerting';
import { alertsView } from '@/lib/views/alerts';

export const dynamic = 'force-dynamic';

const DAY = 24 * 3600_000;

export const GET = clusterGet({}, ({ cfg, p, db }) => alertsView(db, cfg.id, alertSettingsOf(cfg), timeRange(p, 7 * DAY)));
