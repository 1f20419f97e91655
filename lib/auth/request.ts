// What a request says about where it comes from: its cookies, its address, https or not, and
// whether a state-changing request comes from our own pages.
import { isLoopbackHost, type AuthSettings } from '@/lib/config/auth';

export function cookieValue(cookieHeader: string | null, name: string): string | null {
  for (const part of (cookieHeader ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim() || null;
  }
  return null;
}

/**
 * The client's address as far as this server can tell: the last X-Forwarded-For entry, which
 * Next.js fills in from the connection when the request has none, and a reverse proxy appends.
 * Without a proxy in front, a client may send its own header: the address is then only what it
 * claims (so the sign-in limit also counts per user name alone; see lib/auth/settings.ts).
 */
export function clientIp(headers: Headers): string | null {
  const parts = (headers.get('x-forwarded-for') ?? '').split(',').map((p) => p.trim()).filter((p) => p.length > 0);
  return parts.at(-1)?.slice(0, 100) ?? null;
}

/**
 * Cookies get Secure when the dashboard is served over https: its public address says so, or the
 * request came over https (X-Forwarded-Proto, set by a TLS-terminating proxy or by Next.js itself).
 * A client that claims https over plain http only gets a cookie its browser will not send back.
 */
export function isHttps(headers: Headers, auth: Pick<AuthSettings, 'publicUrl'>): boolean {
  if (auth.publicUrl?.startsWith('https:')) return true;
  return headers.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
}

/**
 * Whether a state-changing request may be from another site (CSRF): browsers send Origin with
 * every POST, and Sec-Fetch-Site; either must name this site. A request with neither is not from
 * a browser (a script), which carries no ambient cookies to abuse.
 */
export function isCrossSite(headers: Headers, requestUrl: string, auth: Pick<AuthSettings, 'publicUrl'>): boolean {
  const origin = headers.get('origin');
  if (origin !== null) {
    const own = new Set<string>();
    const host = headers.get('x-forwarded-host') ?? headers.get('host');
    if (host) for (const proto of ['http', 'https']) own.add(`${proto}://${host}`);
    own.add(new URL(requestUrl).origin);
    if (auth.publicUrl) own.add(new URL(auth.publicUrl).origin);
    return !own.has(origin);
  }
  const site = headers.get('sec-fetch-site');
  return site !== null && site !== 'same-origin';
}

/** A path to go back to after signing in: our own, never another site's (`//evil`, `/\evil`). */
export function safeNext(raw: string | null | undefined): string {
  if (!raw || raw.length > 2000 || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\') || /[\u0000-\u001f]/.test(raw)) return '/';
  if (raw.startsWith('/login') || raw.startsWith('/api/')) return '/';
  return raw;
}

/** The name in a Host header, without the port: `[::1]:3000` → `[::1]`, `Localhost.:80` → `localhost`. */
function hostName(host: string): string {
  const h = host.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1) || h;
  return h.split(':')[0]!.replace(/\.$/, '');
}

/**
 * Whether a request must be refused as DNS rebinding: with nothing configured (open on loopback,
 * everyone an admin), another site's page can still reach the port through a name of its own that
 * it points at 127.0.0.1. Its requests carry that name in Host: only loopback names and addresses
 * and the configured public address are ours. Browsers always send Host; a request without one
 * is not a page's.
 */
export function isForeignHost(host: string | null, auth: Pick<AuthSettings, 'mode' | 'publicUrl'>): boolean {
  if (auth.mode !== 'unconfigured' || host === null) return false;
  const name = hostName(host);
  if (isLoopbackHost(name)) return false;
  return !(auth.publicUrl !== null && new URL(auth.publicUrl).hostname.toLowerCase() === name);
}
