import { clusterGet } from '@/lib/api/cluster-route';
import { badRequest } from '@/lib/api/http';
import { whatIfView } from '@/lib/views/what-if';

export const dynamic = 'force-dynamic';

/** ?broker=1 or ?broker=1,2 (brokers failing together), or ?rack=r1 (every broker of a rack). */
export const GET = clusterGet({}, ({ cfg, p, db }) => {
  const brokers = p.ids('broker');
  const rack = p.string('rack');
  if ((brokers === undefined) === (rack === undefined)) throw badRequest('give exactly one of the parameters "broker" (ids, comma-separated) and "rack"');
  return whatIfView(db, cfg.id, rack !== undefined ? { rack } : { brokers: brokers! });
});
