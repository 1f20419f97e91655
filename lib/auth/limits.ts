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

/** Counts a failed sign-in; returns the wait it leaves (0 while attempts remain). */
export function signInFailed(user: string, ip: string | null): number {
  const l = limiters();
  l.perUserAndIp.fail(userIpKey(user, ip));
  l.perUser.fail(userKey(user));
  return signInWait(user, ip);
}

export function signInSucceeded(user: string, ip: string | null): void {
  limiters().perUserAndIp.clear(userIpKey(user, ip));
}

/** Counts a test alert to this receiver; returns how long to wait when over the limit (then nothing is sent). */
export function testAlertWait(cluster: string, receiver: string): number {
  const l = limiters().testAlerts;
  const key = `${cluster}\u0000${receiver}`;
  const wait = l.retryAfterMs(key);
  if (wait === 0) l.fail(key);
  return wait;
}
