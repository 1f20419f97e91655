import { NextResponse, type NextRequest } from 'next/server';
import { malformedSegment, malformedSegmentMessage } from '@/lib/api/path-encoding';
import { PUBLIC_PAGES, proxySession, type ProxySession } from '@/lib/api/proxy-session';
import { DATA_CSP, STATIC_SECURITY_HEADERS, isDataPath, newNonce, pageCsp } from '@/lib/api/security-headers';
import { isForeignHost } from '@/lib/auth/request';
import { PATH_HEADER } from '@/lib/auth/settings';
import { configuredAuth } from '@/lib/config/auth';

/**
 * Runs before every request is routed: refuses another site's name in Host while nothing is
 * configured (DNS rebinding, lib/auth/request.ts), answers a path Next.js could not decode with a
 * 400 (a 500 otherwise), sends a page request without a valid session to the sign-in page (the pages and
 * route handlers check again themselves), re-issues a session cookie that is due (idle expiry),
 * and puts the security headers on every response, with a fresh CSP nonce for pages (Next.js reads
 * it from the request's Content-Security-Policy and puts it on its scripts).
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  if (isForeignHost(request.headers.get('host'), configuredAuth())) {
    const error = 'without authentication configured this dashboard answers to localhost, 127.0.0.1 and [::1] only (or set KAFKASCOPE_PUBLIC_URL)';
    return secured(NextResponse.json({ error }, { status: 421 }), DATA_CSP);
  }
  const { pathname, search } = request.nextUrl;
  const bad = malformedSegment(pathname);
  if (bad !== null) return secured(badPath(pathname, bad), DATA_CSP);
  const session = await proxySession(request, pathname);
  if (isDataPath(pathname)) return refreshed(secured(NextResponse.next(), DATA_CSP), session);
  const back = new URLSearchParams(search);
  back.delete('_rsc'); // a client-side navigation's cache key, not part of the page's address
  const path = `${pathname}${back.size > 0 ? `?${back}` : ''}`;
  if (!session.signedIn && !PUBLIC_PAGES.includes(pathname)) {
    const login = new URL('/login', request.url);
    login.searchParams.set('next', path);
    return secured(NextResponse.redirect(login, 303), DATA_CSP);
  }
  const nonce = newNonce();
  const csp = pageCsp(nonce, process.env.NODE_ENV === 'development');
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('Content-Security-Policy', csp);
  headers.set(PATH_HEADER, path);
  return refreshed(secured(NextResponse.next({ request: { headers } }), csp), session);
}

function refreshed(response: NextResponse, session: ProxySession): NextResponse {
  if (session.refresh) response.cookies.set(session.refresh.name, session.refresh.value, session.refresh.options);
  return response;
}

function badPath(pathname: string, segment: string): NextResponse {
  if (pathname.startsWith('/api/')) return NextResponse.json({ error: malformedSegmentMessage(segment) }, { status: 400 });
  // A page without scripts, and without the path in it: nothing the sender wrote comes back.
  const html =
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Bad request · Kafkascope</title></head>' +
    '<body><h1>Bad request</h1><p>The address is not valid percent-encoded UTF-8.</p><p><a href="/">Kafkascope</a></p></body></html>';
  return new NextResponse(html, { status: 400, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

function secured(response: NextResponse, csp: string): NextResponse {
  response.headers.set('Content-Security-Policy', csp);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}
