// What a person may do, from what the OpenID provider says about them. Pure.
import type { OidcSettings } from '@/lib/config/auth';
import type { Role } from '@/lib/model/auth';

/**
 * The string values of a claim at a dotted path (`groups`, `realm_access.roles`): a list of
 * strings, or one string (a space-separated list, as `scope`-like claims are written).
 */
export function claimValues(claims: Record<string, unknown>, path: string): string[] {
  let v: unknown = claims;
  for (const part of path.split('.')) {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return [];
    v = (v as Record<string, unknown>)[part];
  }
  if (typeof v === 'string') return v.split(/\s+/).filter((s) => s.length > 0);
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  return [];
}

/**
 * admin when the role claim holds an admin value; otherwise viewer, or null (may not sign in)
 * when viewer values are configured and the claim holds none of them.
 */
export function roleFromClaims(claims: Record<string, unknown>, o: Pick<OidcSettings, 'roleClaim' | 'adminValues' | 'viewerValues'>): Role | null {
  const held = new Set(claimValues(claims, o.roleClaim));
  if (o.adminValues.some((v) => held.has(v))) return 'admin';
  if (o.viewerValues && !o.viewerValues.some((v) => held.has(v))) return null;
  return 'viewer';
}

/** The name to show: the configured claim, else email, else the subject. */
export function nameFromClaims(claims: Record<string, unknown>, nameClaim: string): string {
  for (const c of [nameClaim, 'email', 'sub']) {
    const v = claims[c];
    if (typeof v === 'string' && v.trim().length > 0) return v.trim().slice(0, 200);
  }
  return 'unknown';
}
