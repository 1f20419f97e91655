import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api/http';
import { segments } from '@/lib/api/segments';

async function refusal(p: Promise<unknown>): Promise<string> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(ApiError);
  expect((e as ApiError).status).toBe(400);
  return (e as ApiError).message;
}

describe('segments', () => {
  it('gives typed values for well-formed segments', async () => {
    const got = await segments(Promise.resolve({ cluster: 'prod-1', id: '3', topic: '__consumer_offsets', partition: '0', group: 'a/b?c#d %', incident: '9223372036854775807' }), {
      cluster: 'cluster',
      id: 'broker',
      topic: 'topic',
      partition: 'partition',
      group: 'group',
      incident: 'incident',
    });
    expect(got).toEqual({ cluster: 'prod-1', id: 3, topic: '__consumer_offsets', partition: 0, group: 'a/b?c#d %', incident: 2n ** 63n - 1n });
  });

  it.each([
    [{ cluster: 'c', topic: '\u0000' }, 'topic', 'path segment "topic" must be a Kafka topic name (letters, digits, ".", "_" and "-"; at most 249), got "\u0000"'],
    [{ cluster: 'c', topic: '../../etc/passwd' }, 'topic', 'path segment "topic" must be a Kafka topic name (letters, digits, ".", "_" and "-"; at most 249), got "../../etc/passwd"'],
    [{ cluster: 'c', topic: '..' }, 'topic', 'path segment "topic" must be a Kafka topic name (letters, digits, ".", "_" and "-"; at most 249), got ".."'],
    [{ cluster: 'c', topic: '<script>alert(1)</script>' }, 'topic', 'path segment "topic" must be a Kafka topic name (letters, digits, ".", "_" and "-"; at most 249), got "<script>alert(1)</script>"'],
    [{ cluster: 'c', id: '99999999999999999999' }, 'broker', 'path segment "id" must be a broker id (a non-negative integer), got "99999999999999999999"'],
    [{ cluster: 'c', id: '-1' }, 'broker', 'path segment "id" must be a broker id (a non-negative integer), got "-1"'],
    [{ cluster: 'c', group: 'g\u0000' }, 'group', 'path segment "group" must be a consumer group id (at most 1000 characters, no NUL), got "g\u0000"'],
    [{ cluster: 'c', incident: '9223372036854775808' }, 'incident', 'path segment "incident" must be an incident id (a non-negative integer from the incident list), got "9223372036854775808"'],
  ] as const)('%j is a 400 naming the segment', async (params, kind, message) => {
    const name = Object.keys(params).find((k) => k !== 'cluster') as string;
    expect(await refusal(segments(Promise.resolve(params as Record<string, string>), { cluster: 'cluster', [name]: kind }))).toBe(message);
  });

  it('refuses a cluster id with control characters or 10,000 characters, clipped in the message', async () => {
    expect(await refusal(segments(Promise.resolve({ cluster: 'a\nb' }), { cluster: 'cluster' }))).toBe('path segment "cluster" must be a cluster id from the configuration, got "a\nb"');
    const long = await refusal(segments(Promise.resolve({ cluster: 'c'.repeat(10_000) }), { cluster: 'cluster' }));
    expect(long).toMatch(/got "c{100}… \(10000 characters\)"$/);
  });
});
