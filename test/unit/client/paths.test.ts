import { describe, expect, it } from 'vitest';
import { decodeParam, paths } from '@/lib/client/paths';

describe('paths', () => {
  it('encodes names from the cluster and leaves defaults out of the URL', () => {
    expect(paths.topic('prod eu', 'a/b?c#d')).toBe('/clusters/prod%20eu/topics/a%2Fb%3Fc%23d');
    expect(paths.topics('c', { sort: 'name', page: 1, pageSize: 50 })).toBe('/clusters/c/topics');
    expect(paths.findings('c', { severity: 'critical' })).toBe('/clusters/c/findings?severity=critical');
    expect(paths.alerts('c')).toBe('/clusters/c/alerts');
    expect(decodeParam('a%2Fb')).toBe('a/b');
  });
});
