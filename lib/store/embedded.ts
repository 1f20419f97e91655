import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { serialiseExtendedProtocol } from './embedded-queue';

export interface EmbeddedDatabase {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

export const DEFAULT_DATA_DIR = '.data/pglite';

/**
 * Zero-setup history store: PGlite (Postgres in WASM) on disk, served on a loopback port so the
 * web tier and the collector use it exactly like a Postgres server (same driver, same SQL).
 */
export async function startEmbeddedDatabase(
  dataDir = process.env.KAFKASCOPE_DATA_DIR ?? DEFAULT_DATA_DIR,
  port = 0,
): Promise<EmbeddedDatabase> {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const unlock = lockDataDir(dir);
  let db: PGlite;
  try {
    db = await PGlite.create(dir);
  } catch (e) {
    unlock();
    const msg = e instanceof Error ? e.message : String(e);
    throw new Error(`embedded database at ${dir} could not be opened: ${msg}`);
  }
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections: 16 });
  serialiseExtendedProtocol(server);
  await server.start();
  const actualPort = listeningPort(server) ?? port;
  return {
    url: `postgresql://postgres@127.0.0.1:${actualPort}/postgres?sslmode=disable`,
    dataDir: dir,
    async stop() {
      await server.stop();
      await db.close();
      unlock();
    },
  };
}

function listeningPort(server: PGLiteSocketServer): number | undefined {
  // The class keeps its net.Server private; reading it is the only way to learn an OS-chosen port.
  const inner = (server as unknown as { server?: { address(): AddressInfo | string | null } }).server;
  const addr = inner?.address();
  return addr && typeof addr === 'object' ? addr.port : undefined;
}

const openInThisProcess = new Set<string>();

/**
 * PGlite has no lock of its own: two openers of one folder would corrupt it. A pid file (checked
 * for a live process) guards against a second Kafkascope; the set guards within this process.
 */
function lockDataDir(dir: string): () => void {
  const file = join(dir, 'kafkascope.pid');
  const holder = readPid(file);
  if (openInThisProcess.has(dir) || (holder !== null && holder !== process.pid && alive(holder))) {
    throw new Error(
      `embedded database at ${dir} is in use by another Kafkascope process${holder ? ` (pid ${holder})` : ''}; stop it, or set KAFKASCOPE_DATA_DIR or DATABASE_URL`,
    );
  }
  writeFileSync(file, String(process.pid));
  openInThisProcess.add(dir);
  return () => {
    openInThisProcess.delete(dir);
    if (readPid(file) === process.pid) rmSync(file, { force: true });
  };
}

function readPid(file: string): number | null {
  try {
    const n = Number(readFileSync(file, 'utf8').trim());
    return Number.isInteger(n) && n > 0 ? n : null;
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
