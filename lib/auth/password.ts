// Built-in users' passwords: argon2id through @node-rs/argon2 (a maintained binding of the
// reference Rust implementation), never a hash of our own.
import { hash, verify, type Options } from '@node-rs/argon2';
import type { BuiltInUser } from '@/lib/config/auth';

/** OWASP's argon2id minimum (19 MiB, 2 passes, 1 lane); argon2id is the library's default algorithm. */
export const HASH_OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } satisfies Options;

export function hashPassword(password: string): Promise<string> {
  return hash(password, HASH_OPTIONS);
}

const g = globalThis as unknown as { kafkascopeDummyHash?: Promise<string> };

/**
 * The user whose password this is, or null. An unknown name is checked against a throwaway hash,
 * so it takes as long as a wrong password and the answer's timing does not tell which names exist.
 */
export async function verifyPassword(users: readonly BuiltInUser[], name: string, password: string): Promise<BuiltInUser | null> {
  const user = users.find((u) => u.name === name) ?? null;
  g.kafkascopeDummyHash ??= hashPassword('kafkascope: not a user');
  const stored = user?.passwordHash ?? (await g.kafkascopeDummyHash);
  const ok = await verify(stored, password).catch(() => false);
  return user && ok ? user : null;
}
