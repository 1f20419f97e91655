// Who may see what: the two roles, the ways of signing in, and what the audit log records.

/** viewer: every cluster page and read route; admin: also the admin page and its actions. */
export const ROLES = ['viewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** password: a built-in user; oidc: an OpenID Connect provider; none: authentication is off. */
export type SignInMethod = 'password' | 'oidc' | 'none';

/** The person behind a request, as the server established it. */
export interface Identity {
  /** The user name (built-in) or the provider's name claim; null when authentication is off. */
  name: string | null;
  role: Role;
  method: SignInMethod;
}

/** Whether `have` is enough for something that needs `need` (admin includes viewer). */
export function hasRole(have: Role, need: Role): boolean {
  return ROLES.indexOf(have) >= ROLES.indexOf(need);
}

export const AUDIT_ACTIONS = ['login', 'login-failed', 'logout', 'test-alert'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One audit log row as stored and served (the admin page shows them newest first). */
export interface AuditEntry {
  id: string;
  at: string;
  action: AuditAction;
  /** As typed for a failed login (cut to 200 characters). */
  user: string;
  ip: string | null;
  method: SignInMethod | null;
  /** Why a login failed; for a test alert: cluster, receiver and what it answered. */
  detail: Record<string, string | number | boolean | null> | null;
}
