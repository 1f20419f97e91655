import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { assertCanListen, listenAddress } from '@/lib/runtime/port';

let holder: Server | null = null;
afterEach(async () => {
  await new Promise<void>((r) => (holder ? holder.close(() => r()) : r()));
  holder = null;
});

describe('the web port', () => {
  it('a taken port is one line saying what to do', async () => {
    holder = createServer();
    await new Promise<void>((r) => holder!.listen(0, '127.0.0.1', r));
    const port = (holder.address() as { port: number }).port;
    await expect(assertCanListen('127.0.0.1', port)).rejects.toThrow(new RegExp(`^port ${port} is in use: set PORT=… or stop what listens there$`));
  });

  it('a free port is left free', async () => {
    holder = createServer();
    await new Promise<void>((r) => holder!.listen(0, '127.0.0.1', r));
    const port = (holder.address() as { port: number }).port;
    await new Promise<void>((r) => holder!.close(() => r()));
    holder = null;
    await assertCanListen('127.0.0.1', port);
    await assertCanListen('127.0.0.1', port); // released again: listening twice works
  });

  it('PORT must be a port number', () => {
    expect(listenAddress({})).toEqual({ host: '127.0.0.1', port: 3000 });
    expect(listenAddress({ PORT: '8080', HOST: '0.0.0.0' })).toEqual({ host: '0.0.0.0', port: 8080 });
    expect(() => listenAddress({ PORT: 'http' })).toThrow('PORT must be a port number from 1 to 65535, got "http"');
    expect(() => listenAddress({ PORT: '70000' })).toThrow('PORT must be a port number from 1 to 65535, got "70000"');
  });
});
