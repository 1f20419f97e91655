// Security headers of every response (set by proxy.ts). Pages get a Content-Security-Policy with
// a fresh nonce per request, which Next.js puts on its own scripts; everything else (JSON, the
// Prometheus text, static chunks) is never rendered as a document, so it gets a policy that
// allows nothing at all.

/** Headers that do not depend on the request. */
export const STATIC_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  // Links out of the dashboard must not carry cluster, topic or group names in the Referer.
  'Referrer-Policy': 'same-origin',
  // Legacy twin of frame-ancestors 'none', for browsers that predate CSP level 2.
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), display-capture=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** For responses that are data, not documents (API JSON, /metrics, scripts and styles). */
export const DATA_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** A nonce as the CSP spec asks: at least 128 bits from a CSPRNG, base64. */
export function newNonce(): string {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The policy of an HTML page. Scripts run only with the nonce ('strict-dynamic' lets Next's
 * nonced loader add its chunks), so an injected <script> or inline handler never runs.
 * Style elements need the nonce too; style *attributes* cannot carry a nonce, and React's `style`
 * prop and recharts (SVG sizes and positions) write them, so style-src-attr has 'unsafe-inline'.
 * `next dev` needs eval for its error overlay and writes unnonced <style> elements.
 */
export function pageCsp(nonce: string, dev = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    dev ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Paths whose responses are never HTML documents. */
export function isDataPath(pathname: string): boolean {
  return pathname === '/metrics' || pathname.startsWith('/api/') || pathname === '/api' || pathname.startsWith('/_next/');
}
