import { describe, expect, it } from 'vitest';
import { identify, sessionOf } from '@/lib/auth/identify';
import { encodeSession, type Session } from '@/lib/auth/session';
import { SESSION_COOKIE } from '@/lib/auth/settings';
import type { AuthSettings, OidcSettings } from '@/lib/config/auth';

const SECRET = 'a-session-secret-of-at-least-32-characters';
const t0 = 1_700_000_000_000;
const oidc = { issuer: 'https://idp.example', clientId: 'k' } as OidcSettings;
const base: AuthSettings = {
  mode: 'on',
  users: [{ name: 'alice', role: 'admin', passwordHash: 'x' }],
  oidc,
  sessionSecret: SECRET,
  idleMs: 30 * 60_000,
  absoluteMs: 12 * 3600_000,
  metricsToken: null,
  publicUrl: 'https://kafkascope.example',
};

async function headersFor(s: Session): Promise<Headers> {
  return new Headers({ cookie: `${SESSION_COOKIE}=${await encodeSession(s, SECRET, base, t0)}` });
}

const alice: Session = { sid: 'sid-alice-0001', name: 'alice', role: 'admin', method: 'password', authAt: t0, seenAt: t0 };
const carol: Session = { sid: 'sid-carol-0001', name: 'carol', role: 'viewer', method: 'oidc', authAt: t0, seenAt: t0 };

describe('a session as the configuration stands now', () => {
  it('keeps a built-in user who is still configured', async () => {
    expect(await identify(await headersFor(alice), base, null, t0 + 1000)).toEqual({ name: 'alice', role: 'admin', method: 'password' });
  });

  it('ends the session of a built-in user who was removed, or when built-in users are turned off', async () => {
    const h = await headersFor(alice);
    expect(await identify(h, { ...base, users: [{ name: 'bob', role: 'admin', passwordHash: 'x' }] }, null, t0 + 1000)).toBeNull();
    expect(await identify(h, { ...base, users: [] }, null, t0 + 1000)).toBeNull();
    expect(await sessionOf(h, { ...base, users: [] }, null, t0 + 1000)).toBeNull();
  });

  it('gives a built-in user the role configured now, not the one in the cookie', async () => {
    const h = await headersFor(alice);
    const lowered = { ...base, users: [{ name: 'alice', role: 'viewer' as const, passwordHash: 'x' }] };
    expect(await identify(h, lowered, null, t0 + 1000)).toEqual({ name: 'alice', role: 'viewer', method: 'password' });
    expect((await sessionOf(h, lowered, null, t0 + 1000))?.role).toBe('viewer');
  });

  it('ends an OpenID Connect session when OpenID Connect is no longer configured', async () => {
    const h = await headersFor(carol);
    expect(await identify(h, base, null, t0 + 1000)).toEqual({ name: 'carol', role: 'viewer', method: 'oidc' });
    expect(await identify(h, { ...base, oidc: null }, null, t0 + 1000)).toBeNull();
  });
});
