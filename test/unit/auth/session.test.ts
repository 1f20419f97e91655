import { describe, expect, it } from 'vitest';
import { decodeSession, encodeSession, keyFor, seal, sessionExpiry, type Session } from '@/lib/auth/session';

const SECRET = 'a-session-secret-of-at-least-32-characters';
const limits = { idleMs: 30 * 60_000, absoluteMs: 12 * 3600_000 };
const t0 = Date.parse('2026-11-29T12:00:00Z');
const session: Session = { sid: 'abcdefghijklmnop', name: 'alice', role: 'admin', method: 'password', authAt: t0, seenAt: t0 };

describe('session cookies', () => {
  it('decode to what was encoded', async () => {
    const token = await encodeSession(session, SECRET, limits);
    expect(await decodeSession(token, SECRET, limits, t0 + 1000)).toEqual(session);
  });

  it('are encrypted: the name and role are not readable in the token', async () => {
    const token = await encodeSession(session, SECRET, limits);
    const readable = token.split('.').map((p) => Buffer.from(p, 'base64url').toString('latin1')).join(' ');
    expect(readable).not.toContain('alice');
    expect(readable).not.toContain('admin');
    expect(token.split('.')).toHaveLength(5); // JWE compact form
  });

  it('refuse a changed token, another secret, garbage and nothing', async () => {
    const token = await encodeSession(session, SECRET, limits);
    const parts = token.split('.');
    const flipped = parts[3]!.slice(0, 5) + (parts[3]![5] === 'A' ? 'B' : 'A') + parts[3]!.slice(6);
    expect(await decodeSession([...parts.slice(0, 3), flipped, parts[4]].join('.'), SECRET, limits, t0)).toBeNull();
    expect(await decodeSession(token, `${SECRET}-other`, limits, t0)).toBeNull();
    expect(await decodeSession('not.a.token', SECRET, limits, t0)).toBeNull();
    expect(await decodeSession(null, SECRET, limits, t0)).toBeNull();
  });

  it('end after the idle limit without a request', async () => {
    const token = await encodeSession(session, SECRET, limits);
    expect(await decodeSession(token, SECRET, limits, t0 + limits.idleMs - 1000)).not.toBeNull();
    expect(await decodeSession(token, SECRET, limits, t0 + limits.idleMs)).toBeNull();
  });

  it('re-issued on activity, live on past the first idle limit, but never past the absolute one', async () => {
    let s = session;
    let now = t0;
    for (let i = 0; i < 30; i++) {
      now += 25 * 60_000; // a request every 25 minutes keeps it alive
      const decoded = await decodeSession(await encodeSession(s, SECRET, limits), SECRET, limits, now);
      if (!decoded) break;
      s = { ...decoded, seenAt: now };
    }
    expect(now - t0).toBeGreaterThan(limits.idleMs);
    expect(now - t0).toBeGreaterThanOrEqual(limits.absoluteMs);
    expect(now - t0).toBeLessThan(limits.absoluteMs + 25 * 60_000);
    expect(sessionExpiry(s, limits)).toBeLessThanOrEqual(t0 + limits.absoluteMs);
  });

  it('shortened limits end sessions issued under longer ones', async () => {
    const token = await encodeSession(session, SECRET, limits);
    expect(await decodeSession(token, SECRET, { idleMs: 60_000, absoluteMs: limits.absoluteMs }, t0 + 120_000)).toBeNull();
  });

  it('a token sealed for the sign-in flow never opens as a session', async () => {
    const other = await seal({ ...session }, keyFor(SECRET, 'oidc-flow'), 'oidc-flow', t0 + 600_000, t0);
    expect(await decodeSession(other, SECRET, limits, t0)).toBeNull();
    // The same claims sealed with the session key and purpose do open: the refusal is the purpose.
    const same = await seal({ ...session }, keyFor(SECRET, 'session'), 'session', t0 + 600_000, t0);
    expect(await decodeSession(same, SECRET, limits, t0)).toEqual(session);
  });
});
