import { describe, expect, it } from 'vitest';
import { parseTime, resolveRange } from '@/lib/client/time-range';

describe('time ranges from the URL', () => {
  it('reads only real times: an impossible date is no date', () => {
    expect(parseTime('2026-02-28T10:00:00Z')).toBe('2026-02-28T10:00:00.000Z');
    expect(parseTime('2026-02-30')).toBeNull();
    expect(parseTime('yesterday')).toBeNull();
    expect(parseTime('1767225600000')).toBe('2026-01-01T00:00:00.000Z');
    expect(resolveRange({ kind: 'preset', preset: '1h' }, Date.parse('2026-01-01T01:00:00Z'))).toEqual({ from: '2026-01-01T00:00:00.000Z', to: '2026-01-01T01:00:00.000Z' });
  });
});
