import { createServer } from 'node:net';
import { ConfigError } from '@/lib/config/types';

/** PORT and HOST as the web server will use them; a bad PORT is a configuration error. */
export function listenAddress(env: Record<string, string | undefined>): { host: string; port: number } {
  const raw = env.PORT ?? '3000';
  const port = Number(raw);
  if (!/^\d{1,5}$/.test(raw) || port < 1 || port > 65535) throw new ConfigError(`PORT must be a port number from 1 to 65535, got "${raw}"`);
  return { host: env.HOST ?? '127.0.0.1', port };
}

/**
 * Listens on host:port for a moment and lets go, so a taken port is one clear line before
 * anything starts, instead of the web server's stack trace after the collectors are running.
 */
export async function assertCanListen(host: string, port: number): Promise<void> {
  const server = createServer();
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen({ host, port, exclusive: true }, resolve);
    });
  } catch (e) {
    throw new ConfigError(listenProblem(e, host, port));
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

export function listenProblem(e: unknown, host: string, port: number): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code === 'EADDRINUSE') return `port ${port} is in use: set PORT=… or stop what listens there`;
  if (code === 'EACCES') return `port ${port} needs privileges this process does not have: set PORT=… (1024 or above)`;
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `HOST=${host} is not an address of this machine: set HOST=127.0.0.1 or 0.0.0.0`;
  return `cannot listen on ${host}:${port}: ${e instanceof Error ? e.message : String(e)}`;
}
