import { audit } from '@/lib/api/audit';
import { requireSameSite, unauthorized } from '@/lib/api/guard';
import { json, respond } from '@/lib/api/http';
import { clearSessionCookie } from '@/lib/api/sign-in';
import { sessionOf } from '@/lib/auth/identify';
import { endSession } from '@/lib/auth/logouts';
import { clientIp } from '@/lib/auth/request';
import { configuredAuth } from '@/lib/config/auth';
import { getDb } from '@/lib/store/client';

export const dynamic = 'force-dynamic';

/** Ends the session: here at once, on other instances through the audit log; the cookie is cleared. */
export function POST(req: Request) {
  return respond(async () => {
    const auth = configuredAuth();
    requireSameSite(req);
    const s = await sessionOf(req.headers, auth, getDb());
    if (!s) throw unauthorized();
    endSession(s.sid, s.authAt + auth.absoluteMs);
    await audit({ action: 'logout', user: s.name, ip: clientIp(req.headers), method: s.method, sessionId: s.sid });
    const res = json({ ok: true });
    clearSessionCookie(res, req, auth);
    return res;
  });
}
