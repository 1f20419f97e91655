// Built-in users' passwords: argon2id through @node-rs/argon2 (a maintained binding of the
// reference Rust implementation), never a hash of our own.
import { hash, verify, type Options } from '@node-rs/argon2';
import type { BuiltInUser } from '@/lib/config/auth';

/** OWASP's argon2id minimum (19 MiB, 2 passes, 1 lane); argon2id is the library's default algorithm. */
export const HASH_OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } satisfies Options;

export function hashPassword(password: string): Promise<string> {
  return hash(password, HASH_OPTIONS);
}

/**
 * The cost parameters of an argon2 hash in PHC form ("$argon2id$v=19$m=65536,t=3,p=4$salt$hash"),
 * or null when it is not one.
 */
export function argon2Options(phc: string): Required<Pick<Options, 'memoryCost' | 'timeCost' | 'parallelism'>> | null {
  const m = /^\$argon2(?:id|i|d)\$v=\d+\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(phc);
  return m ? { memoryCost: Number(m[1]), timeCost: Number(m[2]), parallelism: Number(m[3]) } : null;
}

/**
 * The cost an unknown name is checked at: the costliest among the configured users' hashes (they
 * may come from another tool, at other parameters than ours), ours when none can be read.
 */
export function dummyOptions(users: readonly BuiltInUser[]): Required<Pick<Options, 'memoryCost' | 'timeCost' | 'parallelism'>> {
  const costs = users.map((u) => argon2Options(u.passwordHash)).filter((o) => o !== null);
  if (costs.length === 0) return HASH_OPTIONS;
  return costs.reduce((a, b) => (b.memoryCost * b.timeCost > a.memoryCost * a.timeCost ? b : a));
}

const g = globalThis as unknown as { kafkascopeDummyHashes?: Map<string, Promise<string>> };

/**
 * The user whose password this is, or null. An unknown name is checked against a throwaway hash
 * made at the configured users' cost, so it takes as long as a wrong password and the answer's
 * timing does not tell which names exist.
 */
export async function verifyPassword(users: readonly BuiltInUser[], name: string, password: string): Promise<BuiltInUser | null> {
  const user = users.find((u) => u.name === name) ?? null;
  const stored = user?.passwordHash ?? (await dummyHash(dummyOptions(users)));
  const ok = await verify(stored, password).catch(() => false);
  return user && ok ? user : null;
}

function dummyHash(options: Options): Promise<string> {
  const hashes = (g.kafkascopeDummyHashes ??= new Map());
  const key = JSON.stringify(options);
  let h = hashes.get(key);
  if (!h) hashes.set(key, (h = hash('kafkascope: not a user', options)));
  return h;
}
