import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { startCollectors } from '@/lib/collector/run';
import { loadClusters } from '@/lib/config/load';
import { ConfigError, type Env } from '@/lib/config/types';
import { createDb } from '@/lib/store/client';
import { openDatabase } from '@/lib/store/database';

/**
 * `npm start`: validates configuration, opens the history database (embedded when DATABASE_URL
 * is unset), starts the collectors and serves the web tier with `next start`.
 * KAFKASCOPE_COLLECTOR=off serves the web tier only (collectors running elsewhere).
 */
export interface RunningApp {
  url: string;
  stop(): Promise<void>;
  exited: Promise<number>;
}

export async function startApp(env: Env = process.env): Promise<RunningApp> {
  const clusters = loadClusters(env);
  const database = await openDatabase(env);
  const db = createDb(database.url);
  console.log(`[kafkascope] history: ${database.description}; clusters: ${clusters.map((c) => c.id).join(', ')}`);
  const collectors = env.KAFKASCOPE_COLLECTOR === 'off' ? null : startCollectors(clusters, db, database.url);
  ensureBuilt();
  const port = env.PORT ?? '3000';
  const host = env.HOST ?? '127.0.0.1';
  const next = spawn(process.execPath, [require_next(), 'start', '-p', port, '-H', host], {
    env: { NEXT_TELEMETRY_DISABLED: '1', ...process.env, ...env, DATABASE_URL: database.url, KAFKASCOPE_COLLECTOR: 'off' } as NodeJS.ProcessEnv,
    stdio: 'inherit',
  });
  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      next.kill('SIGTERM');
      await collectors?.stop();
      await db.$disconnect();
      await database.close();
    })());
  const exited = new Promise<number>((resolve) => next.on('exit', (code) => resolve(code ?? 0)));
  return { url: `http://${host === '0.0.0.0' || host === '127.0.0.1' ? 'localhost' : host}:${port}`, stop, exited };
}

function require_next(): string {
  return 'node_modules/next/dist/bin/next';
}

/** A fresh clone has no production build, and an edited one an outdated build: (re)build rather than serve it. */
function ensureBuilt(): void {
  const built = existsSync('.next/BUILD_ID') ? statSync('.next/BUILD_ID').mtimeMs : 0;
  if (built > 0 && newestSource(['app', 'components', 'lib', 'next.config.js', 'package-lock.json']) <= built) return;
  console.log(`[kafkascope] ${built ? 'the production build is older than the sources' : 'no production build found'}; running \`next build\` (about a minute)…`);
  const r = spawnSync(process.execPath, [require_next(), 'build'], { stdio: 'inherit', env: { NEXT_TELEMETRY_DISABLED: '1', ...process.env } });
  if (r.status !== 0) throw new Error('`next build` failed; see the output above');
}

function newestSource(paths: string[]): number {
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

async function main(): Promise<void> {
  const app = await startApp();
  console.log(`[kafkascope] serving ${app.url}`);
  const shutdown = () => void app.stop().then(() => process.exit(0));
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  const code = await app.exited;
  await app.stop();
  process.exit(code);
}

if (process.argv[1] && /lib[\\/]runtime[\\/]start\.ts$/.test(process.argv[1])) {
  main().catch((e: unknown) => {
    console.error(`kafkascope: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(e instanceof ConfigError ? 2 : 1);
  });
}
