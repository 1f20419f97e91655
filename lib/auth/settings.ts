// Every timing and limit of sign-in and sessions, named in one place.

/** Failed sign-ins allowed per user name and address within the window; the next is a 429. */
export const LOGIN_FAILURES_PER_USER_AND_IP = 5;
/**
 * Failed sign-ins allowed per user name from all addresses together: the address is what the
 * request's X-Forwarded-For says, which a client without a proxy in front can make up, so this
 * caps guessing at one account however many addresses it claims.
 */
export const LOGIN_FAILURES_PER_USER = 20;
export const LOGIN_WINDOW_MS = 15 * 60_000;

/** Test alerts per receiver and minute: enough to check one, not enough to flood it. */
export const TEST_ALERTS_PER_RECEIVER = 5;
export const TEST_ALERT_WINDOW_MS = 60_000;

export const SESSION_COOKIE = 'kafkascope_session';
/** The state, nonce and PKCE verifier of a sign-in at the OpenID provider, for its callback. */
export const OIDC_FLOW_COOKIE = 'kafkascope_oidc';
export const OIDC_FLOW_MS = 10 * 60_000;
/** A request re-issues the session cookie (moving its idle expiry) at most this often. */
export const SESSION_REFRESH_MS = 60_000;
/** How often a web instance reads the sign-outs of the others from the audit log. */
export const LOGOUT_SYNC_MS = 5000;

/** proxy.ts passes a page's path and query to the server checks, for the way back after signing in. */
export const PATH_HEADER = 'x-kafkascope-path';
