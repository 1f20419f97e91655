import { clusterGet } from '@/lib/api/cluster-route';
import { timeRange } from '@/lib/api/params';
import { listIncidents } from '@/lib/views/incidents';

export const dynamic = 'force-dynamic';
const WEEK = 7 * 24 * 3600 * 1000;

export const GET = clusterGet({}, ({ cfg, p, db }) => listIncidents(db, cfg.id, timeRange(p, WEEK)));
