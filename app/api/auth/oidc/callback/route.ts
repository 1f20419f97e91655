import { NextResponse } from 'next/server';
import { audit } from '@/lib/api/audit';
import { ApiError, respond } from '@/lib/api/http';
import { clearFlowCookie, setSessionCookie } from '@/lib/api/sign-in';
import { finishSignIn, flowSchema } from '@/lib/auth/oidc';
import { clientIp, cookieValue, safeNext } from '@/lib/auth/request';
import { keyFor, sessionSecret, unseal } from '@/lib/auth/session';
import { OIDC_FLOW_COOKIE } from '@/lib/auth/settings';
import { randomId } from '@/lib/auth/tokens';
import { configuredAuth } from '@/lib/config/auth';

export const dynamic = 'force-dynamic';

/** Where the OpenID provider sends the browser back: redeem the code, check state and nonce, sign in. */
export function GET(req: Request) {
  return respond(async () => {
    const auth = configuredAuth();
    const oidc = auth.mode === 'on' ? auth.oidc : null;
    if (!oidc) throw new ApiError(404, 'OpenID Connect is not configured');
    const ip = clientIp(req.headers);
    const back = (error: string) => {
      const res = NextResponse.redirect(new URL(`/login?error=${error}`, auth.publicUrl!), 303);
      clearFlowCookie(res, req, auth);
      return res;
    };
    const flowCookie = cookieValue(req.headers.get('cookie'), OIDC_FLOW_COOKIE);
    const flow = flowSchema.safeParse(await unseal(flowCookie ?? '', keyFor(sessionSecret(auth.sessionSecret), 'oidc-flow'), 'oidc-flow'));
    if (!flow.success) {
      // Without a flow cookie no sign-in was in progress here: anyone can call this, so no audit row.
      if (flowCookie === null) return back('expired');
      await audit({ action: 'login-failed', user: '(single sign-on)', ip, method: 'oidc', detail: { reason: 'no sign-in in progress, or it took longer than 10 minutes' } });
      return back('expired');
    }
    // The URL the provider called, as registered with it (behind a proxy, req.url has the inner address).
    const called = new URL(oidc.redirectUri);
    called.search = new URL(req.url).search;
    let signedIn: Awaited<ReturnType<typeof finishSignIn>>;
    try {
      signedIn = await finishSignIn(oidc, flow.data, called);
    } catch (e) {
      const reason = (e instanceof Error ? e.message : String(e)).slice(0, 200);
      console.error('[auth] OpenID Connect sign-in failed:', reason);
      await audit({ action: 'login-failed', user: '(single sign-on)', ip, method: 'oidc', detail: { reason } });
      return back('failed');
    }
    if (signedIn.role === null) {
      await audit({ action: 'login-failed', user: signedIn.name, ip, method: 'oidc', detail: { reason: `${oidc.roleClaim} holds none of the viewer or admin values` } });
      return back('not-allowed');
    }
    const now = Date.now();
    const session = { sid: randomId(), name: signedIn.name, role: signedIn.role, method: 'oidc' as const, authAt: now, seenAt: now };
    await audit({ action: 'login', user: signedIn.name, ip, method: 'oidc', sessionId: session.sid, detail: { role: signedIn.role, subject: signedIn.subject.slice(0, 200) } });
    const res = NextResponse.redirect(new URL(safeNext(flow.data.next), auth.publicUrl!), 303);
    clearFlowCookie(res, req, auth);
    await setSessionCookie(res, session, req, auth);
    return res;
  });
}
