import { describe, expect, it } from 'vitest';
import { hash } from '@node-rs/argon2';
import { argon2Options, dummyOptions, hashPassword, HASH_OPTIONS, verifyPassword } from '@/lib/auth/password';
import { loadAuth } from '@/lib/config/auth';

const noFile = () => {
  throw new Error('no file');
};

describe('built-in users’ passwords', () => {
  it('hashes with argon2id at OWASP’s parameters, salted (two hashes of one password differ)', async () => {
    const a = await hashPassword('correct horse battery staple');
    const b = await hashPassword('correct horse battery staple');
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
  });

  it('finds the user whose password it is, and nobody for a wrong password or an unknown name', async () => {
    const users = [
      { name: 'alice', role: 'admin' as const, passwordHash: await hashPassword('alice password 1') },
      { name: 'bob', role: 'viewer' as const, passwordHash: await hashPassword('bob password 22') },
    ];
    expect((await verifyPassword(users, 'alice', 'alice password 1'))?.name).toBe('alice');
    expect((await verifyPassword(users, 'bob', 'bob password 22'))?.role).toBe('viewer');
    expect(await verifyPassword(users, 'alice', 'bob password 22')).toBeNull();
    expect(await verifyPassword(users, 'Alice', 'alice password 1')).toBeNull();
    expect(await verifyPassword(users, 'carol', 'alice password 1')).toBeNull();
    expect(await verifyPassword(users, 'alice', '')).toBeNull();
  });

  it('checks an unknown name at the cost of the configured hashes, made elsewhere at other parameters too', async () => {
    const stronger = await hash('made by another tool', { memoryCost: 32768, timeCost: 3, parallelism: 2 });
    expect(argon2Options(stronger)).toEqual({ memoryCost: 32768, timeCost: 3, parallelism: 2 });
    expect(argon2Options('plain text')).toBeNull();
    const users = [
      { name: 'alice', role: 'admin' as const, passwordHash: await hashPassword('alice password 1') },
      { name: 'ops', role: 'viewer' as const, passwordHash: stronger },
    ];
    expect(dummyOptions(users)).toEqual({ memoryCost: 32768, timeCost: 3, parallelism: 2 });
    expect(dummyOptions([])).toEqual(HASH_OPTIONS);
    expect(await verifyPassword(users, 'mallory', 'made by another tool')).toBeNull();
    expect((await verifyPassword(users, 'ops', 'made by another tool'))?.name).toBe('ops');
  });

  it('a hash it makes is accepted by the configuration, and works from there', async () => {
    const hash = await hashPassword('from the environment');
    const auth = loadAuth({ KAFKASCOPE_USERS: `ops:admin:${hash}` }, noFile);
    expect(auth.users).toEqual([{ name: 'ops', role: 'admin', passwordHash: hash }]);
    expect((await verifyPassword(auth.users, 'ops', 'from the environment'))?.name).toBe('ops');
  });
});
