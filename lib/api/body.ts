import type { z } from 'zod';
import { ApiError, badRequest } from './http';

const MAX_BODY = 16 * 1024;

/**
 * A JSON request body checked by `schema`: 415 unless it is JSON (an HTML form from another site
 * cannot send that without the browser asking first), 400 naming the field that is wrong.
 */
export async function jsonBody<T>(req: Request, schema: z.ZodType<T>): Promise<T> {
  if (!/^application\/json\b/i.test(req.headers.get('content-type') ?? '')) throw new ApiError(415, 'the body must be JSON (content-type: application/json)');
  const text = await limitedText(req, MAX_BODY);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw badRequest('the body is not valid JSON');
  }
  const r = schema.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw badRequest(`field "${issue?.path.join('.') || '(body)'}": ${issue?.message ?? 'invalid'}`);
  }
  return r.data;
}

/** The body as text, refused with a 413 as soon as it is known to exceed `max` bytes: never buffered beyond that. */
async function limitedText(req: Request, max: number): Promise<string> {
  const tooLarge = () => new ApiError(413, `the body is larger than ${max} bytes`);
  if (Number(req.headers.get('content-length') ?? 0) > max) throw tooLarge();
  if (!req.body) return '';
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}
