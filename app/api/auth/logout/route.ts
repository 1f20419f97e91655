import { writtenAudit } from '@/lib/api/audit';
import { requireSameSite, unauthorized } from '@/lib/api/guard';
import { json, respond } from '@/lib/api/http';
import { clearSessionCookie } from '@/lib/api/sign-in';
import { sessionOf } from '@/lib/auth/identify';
import { endSession } from '@/lib/auth/logouts';
import { clientIp } from '@/lib/auth/request';
import { configuredAuth } from '@/lib/config/auth';
import { getDb } from '@/lib/store/client';

export const dynamic = 'force-dynamic';

/** Ends the session: here at once, on other instances through the audit log (503 when that row cannot be written); the cookie is cleared. */
export function POST(req: Request) {
  return respond(async () => {
    const auth = configuredAuth();
    requireSameSite(req);
    const s = await sessionOf(req.headers, auth, getDb());
    if (!s) throw unauthorized();
    endSession(s.sid, s.authAt + auth.absoluteMs);
    const recorded = await writtenAudit({ action: 'logout', user: s.name, ip: clientIp(req.headers), method: s.method, sessionId: s.sid });
    // Ended here either way (and the cookie is cleared); without its row, other instances do not know.
    const res = recorded
      ? json({ ok: true })
      : json({ error: 'signed out on this server, but the sign-out could not be recorded in the database: other instances of Kafkascope may accept this session until it expires' }, 503);
    clearSessionCookie(res, req, auth);
    return res;
  });
}
