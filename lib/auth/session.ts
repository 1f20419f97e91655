// Session cookies: an encrypted JWT (JWE, dir + A256GCM, through jose) holding who signed in, how,
// when, and when they were last seen. The key is derived from the session secret with HKDF, one
// key per purpose, so a cookie of one kind never opens as another.
import { hkdfSync, randomBytes } from 'node:crypto';
import { EncryptJWT, jwtDecrypt } from 'jose';
import { z } from 'zod';
import type { Role } from '@/lib/model/auth';
import { ROLES } from '@/lib/model/auth';

export interface Session {
  /** Random id: a sign-out ends this session everywhere (lib/auth/logouts.ts). */
  sid: string;
  name: string;
  role: Role;
  method: 'password' | 'oidc';
  /** When the person signed in (ms): the absolute limit counts from here. */
  authAt: number;
  /** When a request last carried the session (ms): the idle limit counts from here. */
  seenAt: number;
}

export interface SessionLimits {
  idleMs: number;
  absoluteMs: number;
}

export type KeyPurpose = 'session' | 'oidc-flow';

const keys = new Map<string, Uint8Array>();

export function keyFor(secret: string, purpose: KeyPurpose): Uint8Array {
  const id = `${purpose}\u0000${secret}`;
  let k = keys.get(id);
  if (!k) {
    k = new Uint8Array(hkdfSync('sha256', secret, 'kafkascope', `kafkascope ${purpose} v1`, 32));
    keys.set(id, k);
  }
  return k;
}

const g = globalThis as unknown as { kafkascopeSessionSecret?: string };

/**
 * The configured secret, or one made for this process (`npm start` makes one and hands it to the
 * web server when none is configured; this covers `next dev`).
 */
export function sessionSecret(configured: string | null): string {
  if (configured) return configured;
  g.kafkascopeSessionSecret ??= randomBytes(32).toString('base64url');
  return g.kafkascopeSessionSecret;
}

const AUDIENCE: Record<KeyPurpose, string> = { session: 'kafkascope-session', 'oidc-flow': 'kafkascope-oidc-flow' };
const sec = (ms: number) => Math.floor(ms / 1000);

/** When the session ends if no request comes: the idle limit, or the absolute one if sooner. */
export function sessionExpiry(s: Pick<Session, 'authAt' | 'seenAt'>, limits: SessionLimits): number {
  return Math.min(s.seenAt + limits.idleMs, s.authAt + limits.absoluteMs);
}

/** Seals any claims for `purpose`, expiring at `expiresAt` (ms). */
export async function seal(claims: Record<string, unknown>, key: Uint8Array, purpose: KeyPurpose, expiresAt: number, now = Date.now()): Promise<string> {
  return new EncryptJWT(claims)
    .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
    .setAudience(AUDIENCE[purpose])
    .setIssuedAt(sec(now))
    .setExpirationTime(sec(expiresAt))
    .encrypt(key);
}

/** The claims of a token sealed for `purpose`, or null (tampered, another key or purpose, expired). */
export async function unseal(token: string, key: Uint8Array, purpose: KeyPurpose, now = Date.now()): Promise<Record<string, unknown> | null> {
  try {
    const { payload } = await jwtDecrypt(token, key, {
      audience: AUDIENCE[purpose],
      currentDate: new Date(now),
      keyManagementAlgorithms: ['dir'],
      contentEncryptionAlgorithms: ['A256GCM'],
    });
    return payload as Record<string, unknown>;
  } catch {
    return null;
  }
}

const sessionClaims = z.object({
  sid: z.string().min(8).max(64),
  name: z.string().min(1).max(200),
  role: z.enum(ROLES),
  method: z.enum(['password', 'oidc']),
  authAt: z.number().int(),
  seenAt: z.number().int(),
});

export function encodeSession(s: Session, secret: string, limits: SessionLimits, now = s.seenAt): Promise<string> {
  return seal({ ...s }, keyFor(secret, 'session'), 'session', sessionExpiry(s, limits), now);
}

/**
 * The session in a cookie, or null. The idle and absolute limits are checked against the
 * times inside as well as the token's own expiry, so shortening them ends older sessions too.
 */
export async function decodeSession(token: string | null | undefined, secret: string, limits: SessionLimits, now = Date.now()): Promise<Session | null> {
  if (!token || token.length > 4096) return null;
  const claims = await unseal(token, keyFor(secret, 'session'), 'session', now);
  const parsed = sessionClaims.safeParse(claims);
  if (!parsed.success) return null;
  const s = parsed.data;
  if (now >= sessionExpiry(s, limits) || s.seenAt < s.authAt || s.authAt > now + 60_000) return null;
  return s;
}
