import { z } from 'zod';
import { checked, TEXT_MAX } from './validate';

// The dynamic segments of app/api routes, by kind. Next.js has already percent-decoded them
// (proxy.ts answers 400 for what cannot be decoded); here they are checked before any lookup, so
// a NUL, a 10,000-character name or a path like ../../etc/passwd is a 400 naming the segment.

const INT64_MAX = 2n ** 63n - 1n;
const id = z.string().regex(/^\d{1,9}$/).transform(Number);

const SEGMENTS = {
  /** Unknown ids are a 404 from clusterConfig; this only bounds what reaches it. */
  cluster: { schema: z.string().min(1).max(255).regex(/^[^\u0000-\u001f\u007f]+$/), expected: 'a cluster id from the configuration' },
  // Kafka's own rule for topic names (kafka.common.internals.Topic).
  topic: {
    schema: z.string().regex(/^[A-Za-z0-9._-]{1,249}$/).refine((s) => s !== '.' && s !== '..'),
    expected: 'a Kafka topic name (letters, digits, ".", "_" and "-"; at most 249)',
  },
  // Kafka allows any group id; Postgres cannot hold a NUL, so no stored group has one.
  group: {
    schema: z.string().min(1).max(TEXT_MAX).refine((s) => !s.includes('\u0000') && !/\p{Cs}/u.test(s)),
    expected: `a consumer group id (at most ${TEXT_MAX} characters, no NUL)`,
  },
  broker: { schema: id, expected: 'a broker id (a non-negative integer)' },
  partition: { schema: id, expected: 'a partition number (a non-negative integer)' },
  incident: {
    schema: z.string().regex(/^\d{1,19}$/).transform((s) => BigInt(s)).refine((n) => n <= INT64_MAX),
    expected: 'an incident id (a non-negative integer from the incident list)',
  },
} as const;

export type SegmentKind = keyof typeof SEGMENTS;
type Output<K extends SegmentKind> = z.output<(typeof SEGMENTS)[K]['schema']>;

/**
 * A route's path segments, each checked by its kind: `await segments(ctx.params, { cluster:
 * 'cluster', id: 'broker' })` gives `{ cluster: string, id: number }`, or throws a 400 naming the
 * segment. Call it inside `handle(...)`.
 */
export async function segments<P extends Record<string, string>, S extends { [K in keyof P]: SegmentKind }>(
  params: Promise<P>,
  kinds: S,
): Promise<{ [K in keyof S]: Output<S[K]> }> {
  const raw = await params;
  const out: Partial<Record<keyof S, unknown>> = {};
  for (const name of Object.keys(kinds) as (keyof S & string)[]) {
    const { schema, expected } = SEGMENTS[kinds[name]];
    out[name] = checked(schema as z.ZodType<unknown, string>, raw[name] ?? '', `path segment "${name}"`, expected);
  }
  return out as { [K in keyof S]: Output<S[K]> };
}
