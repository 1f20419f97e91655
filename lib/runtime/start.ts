import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startCollectors, type RunningCollectors } from '@/lib/collector/run';
import { checkExposure, loadAuth } from '@/lib/config/auth';
import { checkDatabaseUrl } from '@/lib/config/database-url';
import { loadClusters } from '@/lib/config/load';
import { ConfigError, type Env } from '@/lib/config/types';
import { createDb } from '@/lib/store/client';
import { openDatabase } from '@/lib/store/database';
import { assertCanListen, listenAddress } from './port';
import { exitOnSignals } from './shutdown';
import { startWebServer, type WebServer, type WebServerKind } from './web-server';

/**
 * `npm start` and the container image: validates configuration, opens the history database
 * (embedded when DATABASE_URL is unset), starts the collectors and serves the web tier.
 * KAFKASCOPE_COLLECTOR=off serves the web tier only (collectors running elsewhere).
 */
export interface RunningApp {
  url: string;
  /** Stops the web server, lets the current polls finish and be written, closes the database. */
  stop(): Promise<void>;
  /** Resolves with the web server's exit code when it exits (on its own, or after stop()). */
  exited: Promise<number>;
}

export async function startApp(env: Env = process.env, web: WebServerKind = { kind: 'next-start' }): Promise<RunningApp> {
  const clusters = loadClusters(env);
  const listen = listenAddress(env);
  const auth = loadAuth(env, (p) => readFileSync(p, 'utf8'));
  const warnings = checkExposure(auth, listen.host, listen.port);
  const databaseUrl = env.DATABASE_URL ? checkDatabaseUrl(env.DATABASE_URL) : undefined;
  await assertCanListen(listen.host, listen.port);
  for (const warning of warnings) console.warn(`[kafkascope] ${warning}`);
  if (auth.mode === 'unconfigured') console.log('[kafkascope] no authentication configured: serving on a loopback address only (README, "Authentication")');
  // Without a configured secret, one for this run: the web server's sessions end when it restarts.
  const sessionSecret = auth.mode === 'on' && !auth.sessionSecret ? randomBytes(32).toString('base64url') : null;
  if (sessionSecret) console.log('[kafkascope] KAFKASCOPE_SESSION_SECRET is not set: sessions end when Kafkascope restarts, and one secret must be shared by several instances');
  if (web.kind === 'next-start') ensureBuilt();
  const database = await openDatabase({ ...env, DATABASE_URL: databaseUrl });
  const db = createDb(database.url);
  console.log(`[kafkascope] history: ${database.description}; clusters: ${clusters.map((c) => c.id).join(', ')}`);
  let collectors: RunningCollectors | null = null;
  let server: WebServer | null = null;
  const stop = once(async () => {
    // The web tier stops taking requests while the collectors finish their poll and its write.
    await Promise.all([server?.stop(), collectors?.stop()]);
    await db.$disconnect();
    await database.close();
  });
  try {
    collectors = env.KAFKASCOPE_COLLECTOR === 'off' ? null : startCollectors(clusters, db, database.url);
    server = startWebServer(web, listen, {
      NEXT_TELEMETRY_DISABLED: '1',
      ...process.env,
      ...env,
      // Relative to where Kafkascope was started, also for the standalone server (it changes folder).
      ...(env.KAFKASCOPE_CONFIG ? { KAFKASCOPE_CONFIG: resolve(env.KAFKASCOPE_CONFIG) } : {}),
      DATABASE_URL: database.url,
      KAFKASCOPE_COLLECTOR: 'off',
      ...(sessionSecret ? { KAFKASCOPE_SESSION_SECRET: sessionSecret } : {}),
    } as NodeJS.ProcessEnv);
  } catch (e) {
    await stop();
    throw e;
  }
  const host = listen.host === '0.0.0.0' || listen.host === '127.0.0.1' ? 'localhost' : listen.host;
  return { url: `http://${host}:${listen.port}`, stop, exited: server.exited };
}

/**
 * Runs the app until SIGTERM or SIGINT (from a terminal, `timeout`, systemd or a container
 * engine), then stops it and exits 0; if the web server exits on its own, exits with its code.
 * Start-up problems are one line and a non-zero exit.
 */
export async function runApp(web: WebServerKind, env: Env = process.env): Promise<never> {
  try {
    const app = await startApp(env, web);
    console.log(`[kafkascope] serving ${app.url}`);
    const signals = exitOnSignals(app.stop, (m) => console.log(`[kafkascope] ${m}`));
    const code = await app.exited;
    if (signals.received()) return await signals.done;
    console.error(`[kafkascope] the web server exited (code ${code}); stopping`);
    await app.stop();
    process.exit(code === 0 ? 1 : code);
  } catch (e) {
    console.error(`kafkascope: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(e instanceof ConfigError ? 2 : 1);
  }
}

function once(f: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  return () => (running ??= f());
}

/** A fresh clone has no production build, and an edited one an outdated build: (re)build rather than serve it. */
function ensureBuilt(): void {
  const built = existsSync('.next/BUILD_ID') ? statSync('.next/BUILD_ID').mtimeMs : 0;
  if (built > 0 && newestSource(SOURCES) <= built) return;
  console.log(`[kafkascope] ${built ? 'the production build is older than the sources' : 'no production build found'}; running \`next build\` (about a minute)…`);
  const r = spawnSync(process.execPath, [join('node_modules', 'next', 'dist', 'bin', 'next'), 'build'], {
    stdio: 'inherit',
    env: { NEXT_TELEMETRY_DISABLED: '1', ...process.env },
  });
  if (r.status !== 0) throw new Error('`next build` failed; see the output above');
}

/** What a production build is made from. */
export const SOURCES = ['app', 'components', 'lib', 'proxy.ts', 'next.config.js', 'package-lock.json'];

export function newestSource(paths: readonly string[]): number {
  let newest = 0;
  const visit = (p: string) => {
    if (!existsSync(p) || p.endsWith('generated')) return;
    const st = statSync(p);
    if (st.isDirectory()) for (const e of readdirSync(p)) visit(join(p, e));
    else newest = Math.max(newest, st.mtimeMs);
  };
  for (const p of paths) visit(p);
  return newest;
}
