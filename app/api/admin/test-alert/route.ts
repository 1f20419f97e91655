import { z } from 'zod';
import { audit } from '@/lib/api/audit';
import { jsonBody } from '@/lib/api/body';
import { requireRole, requireSameSite } from '@/lib/api/guard';
import { handle, notFound } from '@/lib/api/http';
import { tooManyAttempts } from '@/lib/api/sign-in';
import { testAlertWait } from '@/lib/auth/limits';
import { clientIp } from '@/lib/auth/request';
import { clusterConfig } from '@/lib/config/clusters';
import { sendTestAlert } from '@/lib/notify/test-alert';

export const dynamic = 'force-dynamic';

const body = z.object({ cluster: z.string().min(1).max(200), receiver: z.string().min(1).max(200) });

/**
 * Sends one test notification to a receiver of a cluster, as `npm run alert:test` does, and says
 * what it answered; admins only, from the dashboard's own pages. Recorded in the audit log.
 */
export function POST(req: Request) {
  return handle(async () => {
    const who = await requireRole(req, 'admin');
    requireSameSite(req);
    const { cluster, receiver } = await jsonBody(req, body);
    const cfg = clusterConfig(cluster);
    const r = cfg.alerts?.receivers.find((x) => x.name === receiver);
    if (!r) throw notFound(`receiver "${receiver}" of cluster "${cfg.id}"`);
    const wait = testAlertWait(cfg.id, r.name);
    if (wait > 0) throw tooManyAttempts(wait, `test alerts to ${r.name}`);
    const out = await sendTestAlert(cfg, r);
    const result = { ok: out.ok, statusCode: out.statusCode, error: out.error, durationMs: Math.round(out.durationMs) };
    await audit({ action: 'test-alert', user: who.name ?? '(no authentication)', ip: clientIp(req.headers), method: who.method, detail: { cluster: cfg.id, receiver: r.name, kind: r.kind, ...result } });
    return { cluster: cfg.id, receiver: r.name, kind: r.kind, ...result };
  });
}
