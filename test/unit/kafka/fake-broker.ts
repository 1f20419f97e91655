// Tiny fake Kafka brokers on localhost: each request frame goes to `handler` (ApiVersions is
// answered here), whose reply is framed with the request's correlation id, or the socket is
// closed / left hanging.
import net from 'node:net';
import { arr, cat, i16, i32 } from './bytes';

export type Reply = Buffer | 'hang' | 'close';
export type Handler = (apiKey: number, version: number, body: Buffer) => Reply;

export interface Fake {
  address: string;
  port: number;
  connections: number;
  /** "apiKey v version" of every request, e.g. '3v13'. */
  requests: string[];
  close(): Promise<void>;
}

/** [apiKey, min, max] the fakes advertise in ApiVersions v0. */
export const SUPPORTED: [number, number, number][] = [
  [18, 0, 4], [3, 0, 13], [2, 1, 10], [35, 1, 4], [55, 0, 2], [17, 0, 1], [36, 0, 2],
  [16, 0, 5], [10, 0, 6], [15, 0, 6], [69, 0, 1], [9, 1, 9], [32, 1, 4],
];

const apiVersions = (supported: [number, number, number][]) =>
  cat(i16(0), arr(supported.map(([k, lo, hi]) => cat(i16(k), i16(lo), i16(hi)))), i32(0));

const open: Fake[] = [];

export async function closeFakes(): Promise<void> {
  await Promise.all(open.splice(0).map((f) => f.close()));
}

export async function fakeBroker(handler: Handler, supported = SUPPORTED): Promise<Fake> {
  const sockets = new Set<net.Socket>();
  const fake: Fake = { address: '', port: 0, connections: 0, requests: [], close: async () => {} };
  const server = net.createServer((s) => {
    fake.connections++;
    sockets.add(s);
    let buf = Buffer.alloc(0);
    s.on('data', (chunk) => {
      buf = Buffer.concat([buf, chunk]);
      while (buf.length >= 4 && buf.length >= 4 + buf.readInt32BE(0)) {
        const frame = buf.subarray(4, 4 + buf.readInt32BE(0));
        buf = buf.subarray(4 + frame.length);
        const [key, version, corr] = [frame.readInt16BE(0), frame.readInt16BE(2), frame.readInt32BE(4)];
        fake.requests.push(`${key}v${version}`);
        const body = frame.subarray(10 + Math.max(0, frame.readInt16BE(8)));
        const reply = key === 18 ? apiVersions(supported) : handler(key, version, body);
        if (reply === 'close') s.destroy();
        else if (reply !== 'hang') s.write(cat(i32(reply.length + 4), i32(corr), reply));
      }
    });
    s.on('error', () => {});
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  fake.port = (server.address() as net.AddressInfo).port;
  fake.address = `127.0.0.1:${fake.port}`;
  fake.close = () =>
    new Promise((r) => {
      sockets.forEach((s) => s.destroy());
      server.close(() => r());
    });
  open.push(fake);
  return fake;
}
