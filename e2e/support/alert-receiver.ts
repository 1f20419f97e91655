import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Where the e2e app sends alert notifications (serve.ts names it in the config; alerts.spec.ts listens there). */
export const alertReceiverPort = () => Number(process.env.E2E_PORT ?? 3100) + 7;

export interface Received {
  path: string;
  at: number;
  status: number;
  body: unknown;
}

/**
 * A real HTTP receiver for alert notifications: records every POST and answers what `answer`
 * says for its path (200 unless told otherwise).
 */
export async function startAlertReceiver(port: number, answer: (path: string) => number = () => 200): Promise<{ received: Received[]; url: string; close(): Promise<void> }> {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '/';
      const status = req.method === 'POST' ? answer(path) : 405;
      let body: unknown = null;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        body = Buffer.concat(chunks).toString('utf8');
      }
      received.push({ path, at: Date.now(), status, body });
      res.writeHead(status, { 'content-type': 'text/plain' }).end(status === 200 ? 'ok' : 'receiver failing on purpose');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    received,
    url: `http://127.0.0.1:${bound}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
