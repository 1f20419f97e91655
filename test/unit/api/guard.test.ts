import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireProbe, requireRole, requireSameSite } from '@/lib/api/guard';
import { ApiError } from '@/lib/api/http';
import { encodeSession, type Session } from '@/lib/auth/session';
import type { AuthSettings } from '@/lib/config/auth';

// The checks every route handler makes, against real session cookies. The sign-out list would be
// read from the database: nothing listens at this address, so it is refused at once and the
// check goes on with what this process knows.
const SECRET = 'guard-test-session-secret-0123456789abcdef';
const TOKEN = 'guard-test-metrics-token';
// The sessions' users are configured (a session of a user who is not ends: lib/auth/identify.ts).
const users: AuthSettings['users'] = [
  { name: 'viewer', role: 'viewer', passwordHash: 'unused' },
  { name: 'admin', role: 'admin', passwordHash: 'unused' },
];
const base: AuthSettings = { mode: 'on', users, oidc: null, sessionSecret: SECRET, idleMs: 30 * 60_000, absoluteMs: 12 * 3600_000, metricsToken: TOKEN, publicUrl: null };
const g = globalThis as unknown as { kafkascopeAuth?: AuthSettings; kafkascopeDb?: { $disconnect(): Promise<void> } };
const saved = { auth: g.kafkascopeAuth, db: process.env.DATABASE_URL };

beforeAll(() => {
  process.env.DATABASE_URL = 'postgresql://nobody@127.0.0.1:1/none';
});
afterAll(async () => {
  await g.kafkascopeDb?.$disconnect();
  delete g.kafkascopeDb;
  g.kafkascopeAuth = saved.auth;
  process.env.DATABASE_URL = saved.db;
});

async function cookieFor(role: Session['role']): Promise<string> {
  const now = Date.now();
  return `kafkascope_session=${await encodeSession({ sid: `sid-${role}-0123456789`, name: role, role, method: 'password', authAt: now, seenAt: now }, SECRET, base)}`;
}

const req = (headers: Record<string, string> = {}, url = 'http://127.0.0.1:3000/api/x') => new Request(url, { headers });

async function status(p: Promise<unknown>): Promise<number> {
  try {
    await p;
    return 200;
  } catch (e) {
    if (e instanceof ApiError) return e.status;
    throw e;
  }
}

describe('route handler checks', () => {
  it('with authentication on: 401 without a valid session, 403 for a viewer on admin routes', async () => {
    g.kafkascopeAuth = base;
    const viewer = await cookieFor('viewer');
    const admin = await cookieFor('admin');
    expect(await status(requireRole(req(), 'viewer'))).toBe(401);
    expect(await status(requireRole(req({ cookie: 'kafkascope_session=forged' }), 'viewer'))).toBe(401);
    expect(await status(requireRole(req({ cookie: viewer }), 'viewer'))).toBe(200);
    expect(await status(requireRole(req({ cookie: viewer }), 'admin'))).toBe(403);
    expect(await status(requireRole(req({ cookie: admin }), 'admin'))).toBe(200);
    expect(await requireRole(req({ cookie: admin }), 'viewer')).toEqual({ name: 'admin', role: 'admin', method: 'password' });
  });

  it('probes: the metrics token, a session, or 401; a wrong token is 401 even with a session', async () => {
    g.kafkascopeAuth = base;
    const viewer = await cookieFor('viewer');
    expect(await status(requireProbe(req({ authorization: `Bearer ${TOKEN}` })))).toBe(200);
    expect(await status(requireProbe(req({ authorization: 'Bearer wrong' })))).toBe(401);
    expect(await status(requireProbe(req({ authorization: 'Bearer wrong', cookie: viewer })))).toBe(401);
    expect(await status(requireProbe(req()))).toBe(401);
    expect(await status(requireProbe(req({ cookie: viewer })))).toBe(200);
  });

  it('without authentication: open, as an admin; a metrics token, when set, is still required by probes', async () => {
    g.kafkascopeAuth = { ...base, mode: 'unconfigured', metricsToken: null };
    expect(await requireRole(req(), 'admin')).toEqual({ name: null, role: 'admin', method: 'none' });
    expect(await status(requireProbe(req()))).toBe(200);
    g.kafkascopeAuth = { ...base, mode: 'none' };
    expect(await status(requireProbe(req()))).toBe(401);
    expect(await status(requireProbe(req({ authorization: `Bearer ${TOKEN}` })))).toBe(200);
  });

  it('state changes: refused from another site', () => {
    g.kafkascopeAuth = base;
    expect(() => requireSameSite(req({ origin: 'https://evil.example', host: '127.0.0.1:3000' }))).toThrow(/cross-site request refused/);
    expect(() => requireSameSite(req({ origin: 'http://127.0.0.1:3000', host: '127.0.0.1:3000' }))).not.toThrow();
  });
});
