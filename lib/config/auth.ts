// Authentication settings: built-in users (argon2id hashes), OpenID Connect, sessions, the metrics
// token. From the config file's `auth:` section and/or the environment; every mistake is one line.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ROLES, type Role } from '@/lib/model/auth';
import { resolveSecret } from './secrets';
import { ConfigError, type Env } from './types';

export interface BuiltInUser {
  name: string;
  role: Role;
  /** A PHC argon2id string; never served, never logged. */
  passwordHash: string;
}

export interface OidcSettings {
  issuer: string;
  clientId: string;
  /** null: a public client (PKCE alone). */
  clientSecret: string | null;
  scopes: string[];
  /** Dotted path of the claim listing the person's groups or roles (`groups`, `realm_access.roles`). */
  roleClaim: string;
  /** A value of the role claim that makes an admin. */
  adminValues: string[];
  /** When set, only people holding one of these (or an admin value) may sign in at all. */
  viewerValues: string[] | null;
  /** Claim shown as the user's name (falls back to email, then sub). */
  nameClaim: string;
  /** Text of the sign-in button. */
  label: string;
  /** `{publicUrl}/api/auth/oidc/callback`: register it with the provider. */
  redirectUri: string;
}

/**
 * unconfigured: nothing said (allowed on a loopback address only, as before authentication existed);
 * none: KAFKASCOPE_AUTH=none, open on purpose; on: built-in users and/or OpenID Connect.
 */
export type AuthMode = 'unconfigured' | 'none' | 'on';

export interface AuthSettings {
  mode: AuthMode;
  users: BuiltInUser[];
  oidc: OidcSettings | null;
  /** Signs and encrypts session cookies; null = start-up makes one per run (sessions end on restart). */
  sessionSecret: string | null;
  idleMs: number;
  absoluteMs: number;
  /** Bearer token for /metrics and /api/health (Prometheus, probes); null = none. */
  metricsToken: string | null;
  publicUrl: string | null;
}

export const DEFAULT_IDLE_MINUTES = 30;
export const DEFAULT_MAX_HOURS = 12;
/** The longest a session can last (the idle limit's maximum, 7 days, is shorter). */
export const MAX_SESSION_HOURS = 30 * 24;
const MIN_SECRET = 32;
const MIN_TOKEN = 16;

const secret = z.union([z.string(), z.object({ env: z.string().min(1) })]);

export const authFileSchema = z.strictObject({
  mode: z.string().optional(),
  sessionSecret: secret.optional(),
  idleMinutes: z.number().int().min(1).max(7 * 24 * 60).optional(),
  maxHours: z.number().min(0.1).max(MAX_SESSION_HOURS).optional(),
  users: z.array(z.strictObject({ name: z.string(), role: z.enum(ROLES), passwordHash: secret })).optional(),
  oidc: z
    .strictObject({
      issuer: z.string(),
      clientId: z.string().min(1),
      clientSecret: secret.optional(),
      scopes: z.array(z.string().min(1)).optional(),
      roleClaim: z.string().min(1).optional(),
      adminValues: z.array(z.string().min(1)).optional(),
      viewerValues: z.array(z.string().min(1)).optional(),
      nameClaim: z.string().min(1).optional(),
      label: z.string().min(1).max(60).optional(),
    })
    .optional(),
  metricsToken: secret.optional(),
});

type RawAuth = z.infer<typeof authFileSchema>;

const USER_NAME = /^[A-Za-z0-9][A-Za-z0-9_.@-]{0,63}$/;
/** What `npm run auth:hash-password` prints (and argon2 libraries write): the PHC string format. */
const ARGON2ID = /^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$[A-Za-z0-9+/]{11,}\$[A-Za-z0-9+/]{16,}$/;

function checkHash(hash: string, where: string): string {
  if (ARGON2ID.test(hash)) return hash;
  const mangled = hash.startsWith('$argon2id') ? '' : ' (in a shell, put it in single quotes: $ starts a variable there)';
  throw new ConfigError(`${where}: not an argon2id password hash ($argon2id$v=19$m=…,t=…,p=…$salt$hash); make one with \`npm run auth:hash-password\`${mangled}`);
}

function user(name: string, role: string, hash: string, where: string): BuiltInUser {
  if (!USER_NAME.test(name)) throw new ConfigError(`${where}: user name "${name.slice(0, 64)}" must be letters, digits, "_", ".", "@" or "-" (max 64)`);
  if (!(ROLES as readonly string[]).includes(role)) throw new ConfigError(`${where}: role of ${name} must be viewer or admin, not "${role.slice(0, 20)}"`);
  return { name, role: role as Role, passwordHash: checkHash(hash, `${where} (${name})`) };
}

/** KAFKASCOPE_USERS: `name:role:hash` entries separated by spaces, new lines or ";". */
export function usersFromEnv(raw: string): BuiltInUser[] {
  return raw
    .split(/[\s;]+/)
    .filter((e) => e.length > 0)
    .map((entry, i) => {
      const [name = '', role = '', ...rest] = entry.split(':');
      if (rest.length === 0) throw new ConfigError(`KAFKASCOPE_USERS: entry ${i + 1} is not name:role:hash (e.g. alice:admin:$argon2id$…)`);
      return user(name, role, rest.join(':'), 'KAFKASCOPE_USERS');
    });
}

const list = (raw: string | undefined) => (raw ?? '').split(/[\s,]+/).filter((s) => s.length > 0);

function positive(env: Env, name: string, max: number): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0 || n > max) throw new ConfigError(`${name}: "${raw.slice(0, 20)}" must be a number above 0 and at most ${max}`);
  return n;
}

export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

function checkUrl(raw: string, where: string, httpOnLoopbackOnly: boolean): string {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new ConfigError(`${where}: "${raw.slice(0, 100)}" is not a URL`);
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new ConfigError(`${where}: must be an http(s) URL`);
  if (httpOnLoopbackOnly && u.protocol === 'http:' && !isLoopbackHost(u.hostname)) throw new ConfigError(`${where}: must be https (plain http only on a loopback address)`);
  return raw.replace(/\/+$/, '');
}

function oidcSettings(raw: RawAuth['oidc'], env: Env, where: string, publicUrl: string | null): OidcSettings | null {
  const issuer = raw?.issuer ?? env.KAFKASCOPE_OIDC_ISSUER;
  if (!issuer) {
    if (env.KAFKASCOPE_OIDC_CLIENT_ID) throw new ConfigError('KAFKASCOPE_OIDC_CLIENT_ID is set but KAFKASCOPE_OIDC_ISSUER is not');
    return null;
  }
  const w = raw ? `${where}.oidc` : 'KAFKASCOPE_OIDC_ISSUER';
  const clientId = raw?.clientId ?? env.KAFKASCOPE_OIDC_CLIENT_ID;
  if (!clientId) throw new ConfigError(`${w}: the client id is not set (KAFKASCOPE_OIDC_CLIENT_ID or auth.oidc.clientId)`);
  if (!publicUrl) throw new ConfigError(`${w}: OpenID Connect needs the dashboard's address: set KAFKASCOPE_PUBLIC_URL (or publicUrl:); the provider redirects to {publicUrl}/api/auth/oidc/callback`);
  const clientSecret = raw?.clientSecret !== undefined ? resolveSecret(raw.clientSecret, `${w}.clientSecret`, env) : env.KAFKASCOPE_OIDC_CLIENT_SECRET || null;
  const scopes = raw?.scopes ?? (env.KAFKASCOPE_OIDC_SCOPES ? list(env.KAFKASCOPE_OIDC_SCOPES) : ['openid', 'profile', 'email']);
  if (!scopes.includes('openid')) throw new ConfigError(`${w}: scopes must include openid`);
  const viewerValues = raw?.viewerValues ?? (env.KAFKASCOPE_OIDC_VIEWER_VALUES ? list(env.KAFKASCOPE_OIDC_VIEWER_VALUES) : null);
  return {
    issuer: checkUrl(issuer, `${w} issuer`, true),
    clientId,
    clientSecret,
    scopes,
    roleClaim: raw?.roleClaim ?? env.KAFKASCOPE_OIDC_ROLE_CLAIM ?? 'groups',
    adminValues: raw?.adminValues ?? list(env.KAFKASCOPE_OIDC_ADMIN_VALUES),
    viewerValues,
    nameClaim: raw?.nameClaim ?? env.KAFKASCOPE_OIDC_NAME_CLAIM ?? 'preferred_username',
    label: raw?.label ?? env.KAFKASCOPE_OIDC_LABEL ?? 'Sign in with single sign-on',
    redirectUri: `${publicUrl}/api/auth/oidc/callback`,
  };
}

/** The `auth:` section of KAFKASCOPE_CONFIG, if there is one (the rest is loadClusters' business). */
function fileSection(env: Env, readFile: (path: string) => string): { raw: RawAuth | undefined; publicUrl: string | undefined; where: string } {
  const path = env.KAFKASCOPE_CONFIG;
  if (!path) return { raw: undefined, publicUrl: undefined, where: 'auth' };
  let data: unknown;
  try {
    data = parseYaml(readFile(path));
  } catch {
    throw new ConfigError(`KAFKASCOPE_CONFIG: cannot read ${path}`);
  }
  const obj = (data ?? {}) as { auth?: unknown; publicUrl?: unknown };
  const parsed = authFileSchema.optional().safeParse(obj.auth);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const at = issue?.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('') ?? '';
    throw new ConfigError(`${path}: auth${at}: ${issue?.message ?? 'invalid'}`);
  }
  return { raw: parsed.data, publicUrl: typeof obj.publicUrl === 'string' ? obj.publicUrl : undefined, where: `${path}: auth` };
}

export function loadAuth(env: Env, readFile: (path: string) => string): AuthSettings {
  const { raw, publicUrl: filePublicUrl, where } = fileSection(env, readFile);
  const publicUrlRaw = filePublicUrl ?? env.KAFKASCOPE_PUBLIC_URL;
  const publicUrl = publicUrlRaw ? checkUrl(publicUrlRaw, 'KAFKASCOPE_PUBLIC_URL', false) : null;
  const users = [
    ...(raw?.users ?? []).map((u, i) => user(u.name, u.role, resolveSecret(u.passwordHash, `${where}.users[${i}].passwordHash`, env), `${where}.users[${i}]`)),
    ...usersFromEnv(env.KAFKASCOPE_USERS ?? ''),
  ];
  const dup = users.find((u, i) => users.findIndex((x) => x.name === u.name) !== i);
  if (dup) throw new ConfigError(`user "${dup.name}" is defined twice`);
  const oidc = oidcSettings(raw?.oidc, env, where, publicUrl);

  const modeRaw = (env.KAFKASCOPE_AUTH ?? raw?.mode ?? '').trim().toLowerCase();
  const modeWhere = env.KAFKASCOPE_AUTH !== undefined ? 'KAFKASCOPE_AUTH' : `${where}.mode`;
  const wanted = new Set(list(modeRaw));
  for (const m of wanted) if (m !== 'none' && m !== 'users' && m !== 'oidc') throw new ConfigError(`${modeWhere}: "${m.slice(0, 20)}" is not one of none, users, oidc`);
  if (wanted.has('none') && (wanted.size > 1 || users.length > 0 || oidc)) {
    throw new ConfigError(`${modeWhere}=none, but users or OpenID Connect are configured too: remove one or the other`);
  }
  if (wanted.has('users') && users.length === 0) throw new ConfigError(`${modeWhere} asks for built-in users, but none is configured (KAFKASCOPE_USERS or auth.users)`);
  if (wanted.has('oidc') && !oidc) throw new ConfigError(`${modeWhere} asks for OpenID Connect, but KAFKASCOPE_OIDC_ISSUER (or auth.oidc) is not set`);
  const mode: AuthMode = wanted.has('none') ? 'none' : users.length > 0 || oidc ? 'on' : 'unconfigured';

  const sessionSecret = raw?.sessionSecret !== undefined ? resolveSecret(raw.sessionSecret, `${where}.sessionSecret`, env) : env.KAFKASCOPE_SESSION_SECRET || null;
  if (sessionSecret !== null && sessionSecret.length < MIN_SECRET) {
    throw new ConfigError(`the session secret must be at least ${MIN_SECRET} characters (e.g. \`openssl rand -base64 48\`)`);
  }
  const metricsToken = raw?.metricsToken !== undefined ? resolveSecret(raw.metricsToken, `${where}.metricsToken`, env) : env.KAFKASCOPE_METRICS_TOKEN || null;
  if (metricsToken !== null && (metricsToken.length < MIN_TOKEN || /\s/.test(metricsToken))) {
    throw new ConfigError(`the metrics token must be at least ${MIN_TOKEN} characters without spaces`);
  }
  const idleMinutes = raw?.idleMinutes ?? positive(env, 'KAFKASCOPE_SESSION_IDLE_MINUTES', 7 * 24 * 60) ?? DEFAULT_IDLE_MINUTES;
  const maxHours = raw?.maxHours ?? positive(env, 'KAFKASCOPE_SESSION_MAX_HOURS', MAX_SESSION_HOURS) ?? DEFAULT_MAX_HOURS;
  return {
    mode,
    users: mode === 'on' ? users : [],
    oidc: mode === 'on' ? oidc : null,
    sessionSecret,
    idleMs: idleMinutes * 60_000,
    absoluteMs: Math.max(maxHours * 3600_000, idleMinutes * 60_000),
    metricsToken,
    publicUrl,
  };
}

/**
 * Whether the web tier may listen on `host` with these settings: a non-loopback address needs
 * authentication or an explicit KAFKASCOPE_AUTH=none. Returns the warnings to print.
 */
export function checkExposure(auth: AuthSettings, host: string, port: number): string[] {
  if (auth.mode === 'none') {
    return [`WARNING: KAFKASCOPE_AUTH=none: anyone who can reach ${host}:${port} sees every cluster and may use the admin page`];
  }
  if (auth.mode === 'unconfigured' && !isLoopbackHost(host)) {
    throw new ConfigError(
      `HOST=${host} is reachable from other machines and no authentication is configured: set KAFKASCOPE_USERS or KAFKASCOPE_OIDC_ISSUER (README, "Authentication"), or KAFKASCOPE_AUTH=none to serve without it`,
    );
  }
  return [];
}

const g = globalThis as unknown as { kafkascopeAuth?: AuthSettings };

/** The authentication settings, read once per process (like the clusters). */
export function configuredAuth(): AuthSettings {
  g.kafkascopeAuth ??= loadAuth(process.env, (p) => readFileSync(p, 'utf8'));
  return g.kafkascopeAuth;
}
