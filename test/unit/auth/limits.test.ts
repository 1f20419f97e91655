import { beforeEach, describe, expect, it } from 'vitest';
import { limitedSignIn, signInWait } from '@/lib/auth/limits';
import { LOGIN_FAILURES_PER_USER_AND_IP } from '@/lib/auth/settings';

const g = globalThis as unknown as { kafkascopeLimiters?: unknown };
const tick = () => new Promise<void>((r) => setTimeout(r, 5));

describe('the sign-in limit', () => {
  beforeEach(() => {
    delete g.kafkascopeLimiters;
  });

  it('counts an attempt before the password check, so guesses sent together cannot all be checked', async () => {
    expect(LOGIN_FAILURES_PER_USER_AND_IP).toBe(5);
    let verified = 0;
    const wrong = async () => {
      verified++;
      await tick();
      return null;
    };
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => limitedSignIn('alice', '10.0.0.1', wrong)));
    expect(verified).toBe(5);
    expect(outcomes.filter((o) => !o.ok && !o.tried)).toHaveLength(5);
    expect(signInWait('alice', '10.0.0.1')).toBeGreaterThan(0);
  });

  it('a success takes its own count back and clears the failures from that address', async () => {
    await limitedSignIn('bob', '10.0.0.1', async () => null);
    const ok = await limitedSignIn('bob', '10.0.0.1', async () => ({ name: 'bob' }));
    expect(ok).toEqual({ ok: true, value: { name: 'bob' } });
    for (let i = 0; i < LOGIN_FAILURES_PER_USER_AND_IP - 1; i++) await limitedSignIn('bob', '10.0.0.1', async () => null);
    expect(signInWait('bob', '10.0.0.1')).toBe(0);
  });
});
