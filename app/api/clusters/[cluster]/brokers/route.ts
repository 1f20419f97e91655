import { clusterGet } from '@/lib/api/cluster-route';
import { listBrokers } from '@/lib/views/brokers';
import { readiness } from '@/lib/views/readiness';

export const dynamic = 'force-dynamic';

export const GET = clusterGet({}, async ({ cfg, db }) => {
  const [ready, brokers] = await Promise.all([readiness(db, cfg.id), listBrokers(db, cfg.id)]);
  return { brokers, noDataReason: ready.cluster };
});
