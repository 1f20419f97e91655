import { NextResponse } from 'next/server';
import { ConfigError } from '@/lib/config/types';

/** An error whose message is safe and useful to show to the caller. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new ApiError(404, `${what} not found`);
export const badRequest = (why: string) => new ApiError(400, why);

/** JSON with bigint offsets as strings (int64 does not fit a JS number). */
export function json(data: unknown, status = 200): NextResponse {
  const body = JSON.stringify(data, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  return new NextResponse(body, {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  });
}

/** Wraps a route handler: known errors keep their status; anything else is a logged 5xx. */
export async function handle(f: () => Promise<unknown>): Promise<NextResponse> {
  try {
    return json(await f());
  } catch (e) {
    if (e instanceof ApiError) return json({ error: e.message }, e.status);
    if (e instanceof ConfigError) return json({ error: `configuration: ${e.message}` }, 500);
    if (isDatabaseDown(e)) {
      console.error('[api] history database unavailable:', e instanceof Error ? e.message : e);
      return json({ error: 'history database unavailable; retrying shortly' }, 503);
    }
    console.error('[api] internal error:', e);
    return json({ error: 'internal error; see server log' }, 500);
  }
}

function isDatabaseDown(e: unknown): boolean {
  const text = e instanceof Error ? `${e.name} ${e.message} ${String((e as { code?: unknown }).code ?? '')}` : '';
  return /ECONNREFUSED|ECONNRESET|Connection terminated|timeout exceeded when trying to connect|DatabaseNotReachable|P1001|P2024|ETIMEDOUT|connect ENOENT/i.test(text);
}
