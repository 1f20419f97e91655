import { NextResponse, type NextRequest } from 'next/server';
import { malformedSegment, malformedSegmentMessage } from '@/lib/api/path-encoding';
import { DATA_CSP, STATIC_SECURITY_HEADERS, isDataPath, newNonce, pageCsp } from '@/lib/api/security-headers';

/**
 * Runs before every request is routed: answers a path Next.js could not decode with a 400 (a
 * 500 otherwise), and puts the security headers on every response, with a fresh CSP nonce for
 * pages (Next.js reads it from the request's Content-Security-Policy and puts it on its scripts).
 */
export function proxy(request: NextRequest): NextResponse {
  const { pathname } = request.nextUrl;
  const bad = malformedSegment(pathname);
  if (bad !== null) return secured(badPath(pathname, bad), DATA_CSP);
  if (isDataPath(pathname)) return secured(NextResponse.next(), DATA_CSP);
  const nonce = newNonce();
  const csp = pageCsp(nonce, process.env.NODE_ENV === 'development');
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('Content-Security-Policy', csp);
  return secured(NextResponse.next({ request: { headers } }), csp);
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
