import { NextResponse } from 'next/server';
import { ApiError, respond } from '@/lib/api/http';
import { cookieOptions } from '@/lib/api/sign-in';
import { startSignIn } from '@/lib/auth/oidc';
import { safeNext } from '@/lib/auth/request';
import { keyFor, seal, sessionSecret } from '@/lib/auth/session';
import { OIDC_FLOW_COOKIE, OIDC_FLOW_MS } from '@/lib/auth/settings';
import { configuredAuth } from '@/lib/config/auth';

export const dynamic = 'force-dynamic';

/** Sends the browser to the OpenID provider; state, nonce and the PKCE verifier wait in a sealed cookie. */
export function GET(req: Request) {
  return respond(async () => {
    const auth = configuredAuth();
    const oidc = auth.mode === 'on' ? auth.oidc : null;
    if (!oidc) throw new ApiError(404, 'OpenID Connect is not configured');
    const next = safeNext(new URL(req.url).searchParams.get('next'));
    let started: Awaited<ReturnType<typeof startSignIn>>;
    try {
      started = await startSignIn(oidc, next);
    } catch (e) {
      console.error('[auth] OpenID provider unavailable:', e instanceof Error ? e.message : e);
      return NextResponse.redirect(new URL('/login?error=provider', auth.publicUrl!), 303);
    }
    const now = Date.now();
    const sealed = await seal({ ...started.flow }, keyFor(sessionSecret(auth.sessionSecret), 'oidc-flow'), 'oidc-flow', now + OIDC_FLOW_MS, now);
    const res = NextResponse.redirect(started.url, 303);
    res.cookies.set(OIDC_FLOW_COOKIE, sealed, cookieOptions(req, auth, OIDC_FLOW_MS, '/api/auth/oidc'));
    return res;
  });
}
