import { z } from 'zod';
import { audit } from '@/lib/api/audit';
import { jsonBody } from '@/lib/api/body';
import { requireSameSite } from '@/lib/api/guard';
import { ApiError, json, respond } from '@/lib/api/http';
import { setSessionCookie, tooManyAttempts } from '@/lib/api/sign-in';
import { limitedSignIn } from '@/lib/auth/limits';
import { verifyPassword } from '@/lib/auth/password';
import { clientIp, safeNext } from '@/lib/auth/request';
import { randomId } from '@/lib/auth/tokens';
import { configuredAuth } from '@/lib/config/auth';

export const dynamic = 'force-dynamic';

const body = z.object({ user: z.string().min(1).max(200), password: z.string().min(1).max(1000), next: z.string().max(2000).optional() });

/** Signs a built-in user in: a session cookie, or 401; the sixth failure in 15 minutes is a 429. */
export function POST(req: Request) {
  return respond(async () => {
    const auth = configuredAuth();
    if (auth.mode !== 'on' || auth.users.length === 0) throw new ApiError(404, 'built-in users are not configured');
    requireSameSite(req);
    const { user, password, next } = await jsonBody(req, body);
    const ip = clientIp(req.headers);
    const attempt = await limitedSignIn(user, ip, () => verifyPassword(auth.users, user, password));
    if (!attempt.ok && !attempt.tried) throw tooManyAttempts(attempt.waitMs, 'failed sign-ins');
    if (!attempt.ok) {
      const limited = attempt.waitMs;
      const reason = auth.users.some((u) => u.name === user) ? 'wrong password' : 'unknown user';
      await audit({ action: 'login-failed', user, ip, method: 'password', detail: limited > 0 ? { reason, limitedForSeconds: Math.ceil(limited / 1000) } : { reason } });
      throw new ApiError(401, 'wrong user name or password');
    }
    const who = attempt.value;
    const now = Date.now();
    const session = { sid: randomId(), name: who.name, role: who.role, method: 'password' as const, authAt: now, seenAt: now };
    await audit({ action: 'login', user: who.name, ip, method: 'password', sessionId: session.sid, detail: { role: who.role } });
    const res = json({ user: who.name, role: who.role, next: safeNext(next) });
    await setSessionCookie(res, session, req, auth);
    return res;
  });
}
