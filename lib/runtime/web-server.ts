import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigError } from '@/lib/config/types';

/**
 * How the web tier is served: `next start` from the repository (`npm start`), or the standalone
 * `server.js` that `next build` writes to .next/standalone (the container image; it changes its
 * working directory to its own folder).
 */
export type WebServerKind = { kind: 'next-start' } | { kind: 'standalone'; dir: string };

export interface WebServer {
  /** The exit code (1 when killed by a signal it did not handle). */
  exited: Promise<number>;
  /** SIGTERM, then SIGKILL if it has not exited after `graceMs`; resolves once it has exited. */
  stop(graceMs?: number): Promise<void>;
}

export function startWebServer(web: WebServerKind, listen: { host: string; port: number }, env: NodeJS.ProcessEnv): WebServer {
  const args =
    web.kind === 'next-start'
      ? [join('node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(listen.port), '-H', listen.host]
      : [standaloneServer(web.dir)];
  // The standalone server reads PORT and HOSTNAME (which container engines set to the container id).
  const child = spawn(process.execPath, args, { env: { ...env, PORT: String(listen.port), HOSTNAME: listen.host }, stdio: 'inherit' });
  const exited = new Promise<number>((done) => child.once('exit', (code) => done(code ?? 1)));
  let stopped = false;
  void exited.then(() => (stopped = true));
  return {
    exited,
    async stop(graceMs = 5000) {
      if (stopped) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

function standaloneServer(dir: string): string {
  const server = resolve(dir, 'server.js');
  if (!existsSync(server)) throw new ConfigError(`no standalone server at ${server}: build it with \`npm run build\``);
  if (!existsSync(resolve(dir, '.next', 'static'))) {
    throw new ConfigError(`the standalone server in ${dir} has no .next/static (pages would load without scripts): build it with \`npm run build\``);
  }
  return server;
}
