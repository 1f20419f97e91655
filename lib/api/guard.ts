// Authorization in server code: every route handler asks here, whatever proxy.ts did before it.
import { authRequired, identify } from '@/lib/auth/identify';
import { isCrossSite } from '@/lib/auth/request';
import { bearerToken, safeEqual } from '@/lib/auth/tokens';
import { configuredAuth } from '@/lib/config/auth';
import { hasRole, type Identity, type Role } from '@/lib/model/auth';
import { getDb } from '@/lib/store/client';
import { ApiError } from './http';

export const unauthorized = () => new ApiError(401, 'authentication required: sign in at /login (or POST /api/auth/login)');

/** The requester if they hold `need`; else a 401 (no valid session) or 403 (the role is not enough). */
export async function requireRole(req: Request, need: Role): Promise<Identity> {
  const who = await identify(req.headers, configuredAuth(), getDb());
  if (!who) throw unauthorized();
  if (!hasRole(who.role, need)) throw new ApiError(403, `forbidden: this needs the ${need} role`);
  return who;
}

/**
 * /metrics and /api/health: the metrics token (KAFKASCOPE_METRICS_TOKEN) as a bearer token, or a
 * viewer's session. Without a token configured and without authentication, open as always.
 */
export async function requireProbe(req: Request): Promise<void> {
  const auth = configuredAuth();
  const token = bearerToken(req.headers.get('authorization'));
  if (auth.metricsToken && token !== null) {
    if (safeEqual(token, auth.metricsToken)) return;
    throw new ApiError(401, 'wrong bearer token');
  }
  if (auth.metricsToken && !authRequired(auth)) throw new ApiError(401, 'a bearer token is required (Authorization: Bearer …)');
  await requireRole(req, 'viewer');
}

/** State-changing requests only from our own pages (with the SameSite cookie: no CSRF). */
export function requireSameSite(req: Request): void {
  if (isCrossSite(req.headers, req.url, configuredAuth())) throw new ApiError(403, 'cross-site request refused');
}
