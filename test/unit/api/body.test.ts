import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { jsonBody } from '@/lib/api/body';
import { ApiError } from '@/lib/api/http';

const schema = z.object({ a: z.string() });
const JSON_TYPE = { 'content-type': 'application/json' };

async function status(p: Promise<unknown>): Promise<number | 'ok'> {
  try {
    await p;
    return 'ok';
  } catch (e) {
    if (e instanceof ApiError) return e.status;
    throw e;
  }
}

describe('a JSON request body', () => {
  it('is read and checked', async () => {
    expect(await jsonBody(new Request('http://x/', { method: 'POST', headers: JSON_TYPE, body: '{"a":"é"}' }), schema)).toEqual({ a: 'é' });
  });

  it('is refused at once when its Content-Length is over 16 KiB, before any of it is read', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled++;
        c.enqueue(new Uint8Array(1024));
      },
    });
    const req = new Request('http://x/', { method: 'POST', headers: { ...JSON_TYPE, 'content-length': String(10 * 1024 * 1024) }, body, duplex: 'half' } as RequestInit);
    expect(await status(jsonBody(req, schema))).toBe(413);
    expect(pulled).toBeLessThanOrEqual(1); // a stream may pull once on its own when made
  });

  it('is read only up to the limit when no length is given: an endless body is refused, not buffered', async () => {
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        sent += 1024;
        c.enqueue(new Uint8Array(1024).fill(0x20));
      },
    });
    const req = new Request('http://x/', { method: 'POST', headers: JSON_TYPE, body, duplex: 'half' } as RequestInit);
    expect(await status(jsonBody(req, schema))).toBe(413);
    expect(sent).toBeLessThanOrEqual(16 * 1024 + 4 * 1024);
  });

  it('takes a body of exactly 16 KiB', async () => {
    const text = JSON.stringify({ a: 'x'.repeat(16 * 1024 - 8) });
    expect(text.length).toBe(16 * 1024);
    expect(await status(jsonBody(new Request('http://x/', { method: 'POST', headers: JSON_TYPE, body: text }), schema))).toBe('ok');
    expect(await status(jsonBody(new Request('http://x/', { method: 'POST', headers: JSON_TYPE, body: `${text} ` }), schema))).toBe(413);
  });
});
