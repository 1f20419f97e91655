import { describe, expect, it } from 'vitest';
import { malformedSegment, malformedSegmentMessage } from '@/lib/api/path-encoding';

describe('malformedSegment', () => {
  it.each([
    ['/api/clusters/c/groups/%E0%A4%A', '%E0%A4%A'], // truncated sequence
    ['/api/clusters/c/topics/%C0%AF', '%C0%AF'], // overlong "/"
    ['/clusters/c/topics/%ED%A0%80', '%ED%A0%80'], // UTF-16 surrogate
    ['/clusters/c/topics/%FF', '%FF'],
    ['/clusters/c/topics/100%', '100%'],
    ['/clusters/%zz/topics', '%zz'],
  ])('%s has the malformed segment %s', (path, segment) => {
    expect(malformedSegment(path)).toBe(segment);
  });

  it.each(['/', '/clusters/c/topics/a.b_c-d', '/clusters/c/groups/a%2Fb%3Fc%23d%20%25', '/clusters/c/topics/%00', '/clusters/c/groups/%E2%82%AC'])('%s is well-formed', (path) => {
    expect(malformedSegment(path)).toBeNull();
  });

  it('clips a long segment in the message', () => {
    expect(malformedSegmentMessage('%FF'.repeat(1000))).toBe(`path segment "${'%FF'.repeat(1000).slice(0, 80)}…" is not valid percent-encoded UTF-8`);
  });
});
