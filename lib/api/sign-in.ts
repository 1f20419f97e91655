// Session cookies on responses: set at sign-in, cleared at sign-out.
import type { NextResponse } from 'next/server';
import type { AuthSettings } from '@/lib/config/auth';
import { isHttps } from '@/lib/auth/request';
import { encodeSession, sessionSecret, type Session } from '@/lib/auth/session';
import { OIDC_FLOW_COOKIE, SESSION_COOKIE } from '@/lib/auth/settings';
import { ApiError } from './http';

/** HttpOnly (no script reads it), SameSite=Lax (not sent with another site's POSTs), Secure over https. */
export function cookieOptions(req: Request, auth: AuthSettings, maxAgeMs: number, path = '/') {
  return { httpOnly: true, sameSite: 'lax' as const, secure: isHttps(req.headers, auth), path, maxAge: Math.max(0, Math.floor(maxAgeMs / 1000)) };
}

export async function setSessionCookie(res: NextResponse, s: Session, req: Request, auth: AuthSettings): Promise<void> {
  const token = await encodeSession(s, sessionSecret(auth.sessionSecret), auth);
  // The cookie lives as long as the session could (the absolute limit); the token inside expires sooner when idle.
  res.cookies.set(SESSION_COOKIE, token, cookieOptions(req, auth, s.authAt + auth.absoluteMs - s.seenAt));
}

export function clearSessionCookie(res: NextResponse, req: Request, auth: AuthSettings): void {
  res.cookies.set(SESSION_COOKIE, '', cookieOptions(req, auth, 0));
}

export function clearFlowCookie(res: NextResponse, req: Request, auth: AuthSettings): void {
  res.cookies.set(OIDC_FLOW_COOKIE, '', cookieOptions(req, auth, 0, '/api/auth/oidc'));
}

/** 429 with Retry-After in whole seconds. */
export function tooManyAttempts(waitMs: number, what: string): ApiError {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  return new ApiError(429, `too many ${what}: try again in ${seconds >= 120 ? `${Math.ceil(seconds / 60)} minutes` : `${seconds} s`}`, { 'Retry-After': String(seconds) });
}
