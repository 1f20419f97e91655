/** A non-2xx answer from our API: the server's `error` text plus the HTTP status. */
export class HttpError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** Fetches our JSON API; a non-2xx answer becomes an HttpError carrying the server's `error` text. */
export async function fetchJson<T>(url: string): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { cache: 'no-store' });
  } catch {
    throw new Error('Kafkascope server not reachable');
  }
  const body: unknown = await res.json().catch(() => null);
  if (res.status === 401 && typeof window !== 'undefined' && window.location.pathname !== '/login') {
    // The session ended (idle, its absolute limit, or a sign-out elsewhere): sign in again, then come
    // back. A full load on purpose: every page is rendered again for whoever signs in.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    window.location.assign(`/login?next=${encodeURIComponent(window.location.pathname + window.location.search)}`);
  }
  if (!res.ok) {
    const msg = body && typeof body === 'object' && 'error' in body ? String(body.error) : `HTTP ${res.status}`;
    throw new HttpError(msg, res.status);
  }
  return body as T;
}

/**
 * A malformed request will not get better by asking again; network errors, 5xx and even a 404
 * might (a broker or topic appearing with the next poll), so those get their retry.
 */
export function isRetryable(error: unknown): boolean {
  return !(error instanceof HttpError && error.status >= 400 && error.status < 500 && error.status !== 404);
}

export function isNotFound(error: unknown): boolean {
  return error instanceof HttpError && error.status === 404;
}

/**
 * POSTs JSON to our API (sign-in, sign-out, admin actions); a non-2xx answer becomes an HttpError
 * carrying the server's `error` text and, for a 429, how many seconds to wait.
 */
export async function postJson<T>(url: string, data: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { method: 'POST', cache: 'no-store', headers: { 'content-type': 'application/json' }, body: JSON.stringify(data) });
  } catch {
    throw new Error('Kafkascope server not reachable');
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const msg = body && typeof body === 'object' && 'error' in body ? String(body.error) : `HTTP ${res.status}`;
    throw new HttpError(msg, res.status);
  }
  return body as T;
}
