import { describe, expect, it } from 'vitest';
import { checkExposure, loadAuth, type AuthSettings } from '@/lib/config/auth';
import { loadClusters } from '@/lib/config/load';
import { ConfigError } from '@/lib/config/types';

// A real argon2id hash (of "correct horse battery staple"): the format is what is checked here.
const HASH = '$argon2id$v=19$m=19456,t=2,p=1$/l6qHG6WcQCYxixX23f/Cw$DnhR48BfpZu1agKCDjf/j8uHgRB5C4mD6dd6Ylb+lXM';
const SECRET = 'x'.repeat(40);
const files = (map: Record<string, string>) => (p: string) => {
  const v = map[p];
  if (v === undefined) throw new Error('ENOENT');
  return v;
};
const load = (env: Record<string, string>, map: Record<string, string> = {}) => loadAuth(env, files(map));

describe('authentication settings', () => {
  it('nothing configured: unconfigured, fine on loopback, refused on another address with one line', () => {
    const auth = load({});
    expect(auth.mode).toBe('unconfigured');
    expect(checkExposure(auth, '127.0.0.1', 3000)).toEqual([]);
    expect(checkExposure(auth, 'localhost', 3000)).toEqual([]);
    expect(checkExposure(auth, '::1', 3000)).toEqual([]);
    expect(() => checkExposure(auth, '0.0.0.0', 3000)).toThrow(ConfigError);
    expect(() => checkExposure(auth, '10.1.2.3', 3000)).toThrow(/^HOST=10.1.2.3 is reachable from other machines and no authentication is configured: set KAFKASCOPE_USERS or KAFKASCOPE_OIDC_ISSUER .* or KAFKASCOPE_AUTH=none/);
  });

  it('KAFKASCOPE_AUTH=none serves anywhere, with a warning', () => {
    const auth = load({ KAFKASCOPE_AUTH: 'none' });
    expect(auth.mode).toBe('none');
    expect(checkExposure(auth, '0.0.0.0', 3000)).toEqual([expect.stringMatching(/^WARNING: KAFKASCOPE_AUTH=none: anyone who can reach 0.0.0.0:3000/)]);
  });

  it('built-in users from the environment turn authentication on', () => {
    const auth = load({ KAFKASCOPE_USERS: `alice:admin:${HASH}\nbob:viewer:${HASH}`, KAFKASCOPE_SESSION_SECRET: SECRET });
    expect(auth.mode).toBe('on');
    expect(auth.users.map((u) => [u.name, u.role])).toEqual([
      ['alice', 'admin'],
      ['bob', 'viewer'],
    ]);
    expect(checkExposure(auth, '0.0.0.0', 3000)).toEqual([]);
    expect(auth.idleMs).toBe(30 * 60_000);
    expect(auth.absoluteMs).toBe(12 * 3600_000);
  });

  it('users, OpenID Connect, secrets and the metrics token from the config file', () => {
    const yaml = `
publicUrl: https://kafkascope.example.com
auth:
  sessionSecret: { env: SESSION }
  idleMinutes: 10
  maxHours: 8
  users:
    - { name: alice, role: admin, passwordHash: { env: ALICE_HASH } }
  oidc:
    issuer: https://login.example.com/realms/ops
    clientId: kafkascope
    clientSecret: { env: OIDC_SECRET }
    roleClaim: realm_access.roles
    adminValues: [kafka-admins]
  metricsToken: { env: METRICS }
clusters:
  - { id: prod, brokers: "k:9092" }
`;
    const env = { KAFKASCOPE_CONFIG: 'c.yaml', SESSION: SECRET, ALICE_HASH: HASH, OIDC_SECRET: 'oidc-client-secret', METRICS: 'm'.repeat(20) };
    const auth: AuthSettings = loadAuth(env, files({ 'c.yaml': yaml }));
    expect(auth).toMatchObject({ mode: 'on', sessionSecret: SECRET, idleMs: 600_000, absoluteMs: 8 * 3600_000, metricsToken: 'm'.repeat(20), publicUrl: 'https://kafkascope.example.com' });
    expect(auth.oidc).toMatchObject({ clientSecret: 'oidc-client-secret', roleClaim: 'realm_access.roles', adminValues: ['kafka-admins'], scopes: ['openid', 'profile', 'email'], redirectUri: 'https://kafkascope.example.com/api/auth/oidc/callback' });
    // The cluster loader accepts the section (and checks it).
    expect(loadClusters(env, files({ 'c.yaml': yaml }))).toHaveLength(1);
    expect(() => loadClusters(env, files({ 'c.yaml': yaml.replace('role: admin', 'role: root') }))).toThrow(/c.yaml: auth.users\[0\].role/);
  });

  it.each([
    [{ KAFKASCOPE_USERS: 'alice:admin:secret123' }, /KAFKASCOPE_USERS \(alice\): not an argon2id password hash .*npm run auth:hash-password.*single quotes/],
    [{ KAFKASCOPE_USERS: `alice:admin:=19=19456,t=2,p=1/l6qHG6` }, /single quotes: \$ starts a variable/],
    [{ KAFKASCOPE_USERS: `alice:root:${HASH}` }, /role of alice must be viewer or admin, not "root"/],
    [{ KAFKASCOPE_USERS: `al ice` }, /KAFKASCOPE_USERS: entry 1 is not name:role:hash/],
    [{ KAFKASCOPE_USERS: `a:admin:${HASH} a:viewer:${HASH}` }, /user "a" is defined twice/],
    [{ KAFKASCOPE_USERS: `<b>:admin:${HASH}` }, /user name "<b>" must be letters/],
    [{ KAFKASCOPE_AUTH: 'none', KAFKASCOPE_USERS: `a:admin:${HASH}` }, /KAFKASCOPE_AUTH=none, but users or OpenID Connect are configured too/],
    [{ KAFKASCOPE_AUTH: 'users' }, /KAFKASCOPE_AUTH asks for built-in users, but none is configured/],
    [{ KAFKASCOPE_AUTH: 'ldap' }, /KAFKASCOPE_AUTH: "ldap" is not one of none, users, oidc/],
    [{ KAFKASCOPE_AUTH: 'oidc' }, /asks for OpenID Connect, but KAFKASCOPE_OIDC_ISSUER/],
    [{ KAFKASCOPE_OIDC_ISSUER: 'https://id.example.com', KAFKASCOPE_OIDC_CLIENT_ID: 'k' }, /OpenID Connect needs the dashboard's address: set KAFKASCOPE_PUBLIC_URL/],
    [{ KAFKASCOPE_OIDC_ISSUER: 'https://id.example.com', KAFKASCOPE_PUBLIC_URL: 'https://k.example.com' }, /the client id is not set/],
    [{ KAFKASCOPE_OIDC_ISSUER: 'http://id.example.com', KAFKASCOPE_OIDC_CLIENT_ID: 'k', KAFKASCOPE_PUBLIC_URL: 'https://k.example.com' }, /issuer: must be https \(plain http only on a loopback address\)/],
    [{ KAFKASCOPE_OIDC_ISSUER: 'https://id.example.com', KAFKASCOPE_OIDC_CLIENT_ID: 'k', KAFKASCOPE_PUBLIC_URL: 'https://k.example.com', KAFKASCOPE_OIDC_SCOPES: 'profile email' }, /scopes must include openid/],
    [{ KAFKASCOPE_OIDC_CLIENT_ID: 'k' }, /KAFKASCOPE_OIDC_CLIENT_ID is set but KAFKASCOPE_OIDC_ISSUER is not/],
    [{ KAFKASCOPE_SESSION_SECRET: 'short' }, /the session secret must be at least 32 characters/],
    [{ KAFKASCOPE_METRICS_TOKEN: 'short' }, /the metrics token must be at least 16 characters/],
    [{ KAFKASCOPE_SESSION_IDLE_MINUTES: 'soon' }, /KAFKASCOPE_SESSION_IDLE_MINUTES: "soon" must be a number above 0/],
    [{ KAFKASCOPE_PUBLIC_URL: 'kafkascope.example.com' }, /KAFKASCOPE_PUBLIC_URL: "kafkascope.example.com" is not a URL/],
  ])('rejects %j with one line', (env, msg) => {
    let error: unknown;
    try {
      load(env as Record<string, string>);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(msg);
    expect((error as Error).message).not.toContain('\n');
  });

  it('never puts a secret in a message', () => {
    const secret = 'do-not-print-this-secret';
    const attempts: Record<string, string>[] = [{ KAFKASCOPE_SESSION_SECRET: secret.slice(0, 20) }, { KAFKASCOPE_METRICS_TOKEN: `${secret} x` }];
    for (const env of attempts) expect(() => load(env)).toThrow(ConfigError);
    for (const env of attempts) {
      try {
        load(env);
      } catch (e) {
        expect((e as Error).message).not.toContain(secret.slice(0, 20));
      }
    }
  });
});
