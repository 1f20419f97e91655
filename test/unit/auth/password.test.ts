import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
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

  it('a hash it makes is accepted by the configuration, and works from there', async () => {
    const hash = await hashPassword('from the environment');
    const auth = loadAuth({ KAFKASCOPE_USERS: `ops:admin:${hash}` }, noFile);
    expect(auth.users).toEqual([{ name: 'ops', role: 'admin', passwordHash: hash }]);
    expect((await verifyPassword(auth.users, 'ops', 'from the environment'))?.name).toBe('ops');
  });
});
