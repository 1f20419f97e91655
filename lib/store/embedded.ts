import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

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
  let db: PGlite;
  try {
    db = await PGlite.create(dir);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    throw new Error(`embedded database at ${dir} could not be opened (is another Kafkascope using it?): ${msg}`);
  }
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections: 8 });
  await server.start();
  const actualPort = listeningPort(server) ?? port;
  return {
    url: `postgresql://postgres@127.0.0.1:${actualPort}/postgres?sslmode=disable`,
    dataDir: dir,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

function listeningPort(server: PGLiteSocketServer): number | undefined {
  // The class keeps its net.Server private; reading it is the only way to learn an OS-chosen port.
  const inner = (server as unknown as { server?: { address(): AddressInfo | string | null } }).server;
  const addr = inner?.address();
  return addr && typeof addr === 'object' ? addr.port : undefined;
}
