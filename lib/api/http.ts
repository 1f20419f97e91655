import { NextResponse } from 'next/server';
import { ConfigError } from '@/lib/config/types';
import { NotFoundError } from '@/lib/model/errors';
import { isConnectionError } from '@/lib/store/errors';

/** An error whose message is safe and useful to show to the caller. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** Extra response headers (Retry-After of a 429). */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export { notFound } from '@/lib/model/errors';
export const badRequest = (why: string) => new ApiError(400, why);

/**
 * JSON with bigint offsets as strings (int64 does not fit a JS number). `<` is written as \u003c
 * (the same JSON): names and echoed values never read as markup, whatever sniffs the body.
 */
export function json(data: unknown, status = 200, headers: Record<string, string> = {}): NextResponse {
  const text = JSON.stringify(data, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)) ?? 'null';
  const body = text.replace(/</g, '\\u003c');
  return new NextResponse(body, {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });
}

/** Wraps a route handler: known errors keep their status; anything else is a logged 5xx. */
export function handle(f: () => Promise<unknown>): Promise<NextResponse> {
  return respond(async () => json(await f()));
}

/** As `handle`, for a handler that makes its own response (cookies, redirects). */
export async function respond<R extends Response>(f: () => Promise<R>): Promise<R | NextResponse> {
  try {
    return await f();
  } catch (e) {
    if (e instanceof ApiError) return json({ error: e.message }, e.status, e.headers);
    if (e instanceof NotFoundError) return json({ error: e.message }, 404);
    if (e instanceof ConfigError) return json({ error: `configuration: ${e.message}` }, 500);
    if (isConnectionError(e)) {
      console.error('[api] history database unavailable:', e instanceof Error ? e.message : e);
      return json({ error: 'history database unavailable; retrying shortly' }, 503);
    }
    console.error('[api] internal error:', e);
    return json({ error: 'internal error; see server log' }, 500);
  }
}
