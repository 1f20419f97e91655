// What proxy.ts needs of the session before a request is routed: whether the page may be shown or
// the browser goes to the sign-in page first, and a re-issued cookie that moves the idle expiry.
// The route handlers and pages check again (lib/api/guard.ts, lib/auth/page.ts), with sign-outs.
import { authRequired, sessionOf } from '@/lib/auth/identify';
import { encodeSession, sessionSecret } from '@/lib/auth/session';
import { SESSION_COOKIE, SESSION_REFRESH_MS } from '@/lib/auth/settings';
import { configuredAuth } from '@/lib/config/auth';
import { cookieOptions } from './sign-in';

export interface ProxySession {
  /** False when authentication is on and the request has no valid session. */
  signedIn: boolean;
  refresh: { name: string; value: string; options: ReturnType<typeof cookieOptions> } | null;
}

/** Pages anyone may open. */
export const PUBLIC_PAGES = ['/login'];

export async function proxySession(req: Request, pathname: string, now = Date.now()): Promise<ProxySession> {
  const auth = configuredAuth();
  if (!authRequired(auth)) return { signedIn: true, refresh: null };
  const s = await sessionOf(req.headers, auth, null, now);
  if (!s) return { signedIn: false, refresh: null };
  // Sign-in and sign-out set the cookie themselves.
  if (now - s.seenAt < SESSION_REFRESH_MS || pathname.startsWith('/api/auth/')) return { signedIn: true, refresh: null };
  const value = await encodeSession({ ...s, seenAt: now }, sessionSecret(auth.sessionSecret), auth, now);
  return { signedIn: true, refresh: { name: SESSION_COOKIE, value, options: cookieOptions(req, auth, s.authAt + auth.absoluteMs - now) } };
}
