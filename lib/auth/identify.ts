// Who is asking: the session cookie of a request, checked (signature, idle and absolute expiry,
// not signed out), or everyone-as-admin when authentication is off.
import type { AuthSettings } from '@/lib/config/auth';
import type { Identity } from '@/lib/model/auth';
import type { Db } from '@/lib/store/client';
import { isSignedOut } from './logouts';
import { cookieValue } from './request';
import { decodeSession, sessionSecret, type Session } from './session';
import { SESSION_COOKIE } from './settings';

/** Without authentication (KAFKASCOPE_AUTH=none, or nothing configured on loopback) everyone may do everything. */
export const OPEN_IDENTITY: Identity = { name: null, role: 'admin', method: 'none' };

export const authRequired = (auth: AuthSettings) => auth.mode === 'on';

/**
 * A session as the configuration stands now: a built-in user who was removed (or built-in users
 * turned off) has none, and has the role configured now; an OpenID Connect session ends when
 * OpenID Connect is no longer configured.
 */
export function asConfigured(s: Session, auth: AuthSettings): Session | null {
  if (auth.mode !== 'on') return null;
  if (s.method === 'password') {
    const user = auth.users.find((u) => u.name === s.name);
    return user ? { ...s, role: user.role } : null;
  }
  return auth.oidc ? s : null;
}

/** The session a request carries, valid now, or null (no database: the sign-out check is local only). */
export async function sessionOf(headers: Headers, auth: AuthSettings, db: Db | null, now = Date.now()): Promise<Session | null> {
  const decoded = await decodeSession(cookieValue(headers.get('cookie'), SESSION_COOKIE), sessionSecret(auth.sessionSecret), auth, now);
  const s = decoded && asConfigured(decoded, auth);
  if (!s || (await isSignedOut(s.sid, db, auth.absoluteMs, now))) return null;
  return s;
}

/** The requester, or null when authentication is on and the request has no valid session. */
export async function identify(headers: Headers, auth: AuthSettings, db: Db | null, now = Date.now()): Promise<Identity | null> {
  if (!authRequired(auth)) return OPEN_IDENTITY;
  const s = await sessionOf(headers, auth, db, now);
  return s ? { name: s.name, role: s.role, method: s.method } : null;
}
