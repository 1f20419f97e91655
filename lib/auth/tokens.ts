import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Compares a presented secret with the configured one in constant time: both are hashed first,
 * so neither their contents nor their lengths show in the timing.
 */
export function safeEqual(presented: string, expected: string): boolean {
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** The token of an `Authorization: Bearer …` header, or null. */
export function bearerToken(header: string | null): string | null {
  const m = /^Bearer +([^\s]+) *$/i.exec(header ?? '');
  return m ? m[1]! : null;
}

/** A random id (session ids): 128 bits, base64url. */
export function randomId(): string {
  return randomBytes(16).toString('base64url');
}
