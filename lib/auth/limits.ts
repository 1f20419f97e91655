// The limiters of this web instance (one per process, shared by every route's bundle).
import { FailureLimiter } from './rate-limit';
import { LOGIN_FAILURES_PER_USER, LOGIN_FAILURES_PER_USER_AND_IP, LOGIN_WINDOW_MS, TEST_ALERTS_PER_RECEIVER, TEST_ALERT_WINDOW_MS } from './settings';

interface Limiters {
  perUserAndIp: FailureLimiter;
  perUser: FailureLimiter;
  testAlerts: FailureLimiter;
}

const g = globalThis as unknown as { kafkascopeLimiters?: Limiters };

function limiters(): Limiters {
  g.kafkascopeLimiters ??= {
    perUserAndIp: new FailureLimiter(LOGIN_FAILURES_PER_USER_AND_IP, LOGIN_WINDOW_MS),
    perUser: new FailureLimiter(LOGIN_FAILURES_PER_USER, LOGIN_WINDOW_MS),
    testAlerts: new FailureLimiter(TEST_ALERTS_PER_RECEIVER, TEST_ALERT_WINDOW_MS),
  };
  return g.kafkascopeLimiters;
}

const userKey = (user: string) => user.toLowerCase();
const userIpKey = (user: string, ip: string | null) => `${user.toLowerCase()}\u0000${ip ?? '?'}`;

/** Milliseconds this user and address must wait before trying to sign in again (0: go ahead). */
export function signInWait(user: string, ip: string | null): number {
  const l = limiters();
  return Math.max(l.perUserAndIp.retryAfterMs(userIpKey(user, ip)), l.perUser.retryAfterMs(userKey(user)));
}

/** tried: false when the attempt was refused without checking (waitMs: how long); true when the check failed (waitMs: the wait it leaves, 0 while attempts remain). */
export type SignInOutcome<T> = { ok: true; value: T } | { ok: false; tried: boolean; waitMs: number };

/**
 * Runs `verify` (the password check) unless this user and address must wait. The attempt is counted
 * before `verify` is awaited, so guesses sent in parallel cannot all pass the check; a success takes
 * its count back. Returns the value, or the wait (over the limit before, or left after a failure).
 */
export async function limitedSignIn<T>(user: string, ip: string | null, verify: () => Promise<T | null>): Promise<SignInOutcome<T>> {
  const wait = signInWait(user, ip);
  if (wait > 0) return { ok: false, tried: false, waitMs: wait };
  const l = limiters();
  l.perUserAndIp.fail(userIpKey(user, ip));
  const at = l.perUser.fail(userKey(user));
  const value = await verify();
  if (value === null) return { ok: false, tried: true, waitMs: signInWait(user, ip) };
  l.perUserAndIp.clear(userIpKey(user, ip));
  l.perUser.forget(userKey(user), at);
  return { ok: true, value };
}

/** Counts a test alert to this receiver; returns how long to wait when over the limit (then nothing is sent). */
export function testAlertWait(cluster: string, receiver: string): number {
  const l = limiters().testAlerts;
  const key = `${cluster}\u0000${receiver}`;
  const wait = l.retryAfterMs(key);
  if (wait === 0) l.fail(key);
  return wait;
}
