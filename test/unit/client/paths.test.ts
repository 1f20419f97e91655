import { describe, expect, it } from 'vitest';
import { decodeParam, paths } from '@/lib/client/paths';

describe('paths', () => {
  it('encodes names from the cluster and leaves defaults out of the URL', () => {
    expect(paths.topic('prod eu', 'a/b?c#d')).toBe('/clusters/prod%20eu/topics/a%2Fb%3Fc%23d');
    expect(paths.topics('c', { sort: 'name', page: 1, pageSize: 50 })).toBe('/clusters/c/topics');
    expect(paths.findings('c', { severity: 'critical' })).toBe('/clusters/c/findings?severity=critical');
    expect(paths.findings('c', { severity: null, page: 1, pageSize: 100 })).toBe('/clusters/c/findings');
    expect(paths.findings('c', { kind: 'group', page: 3, pageSize: 25 })).toBe('/clusters/c/findings?kind=group&page=3&pageSize=25');
    expect(paths.groups('c', { sort: 'status', order: null, page: 1, pageSize: 50, q: '' })).toBe('/clusters/c/groups');
    expect(paths.groups('c', { q: 'a/b', status: 'WARN', sort: 'lag', order: 'asc', page: 2, pageSize: 200 })).toBe('/clusters/c/groups?q=a%2Fb&status=WARN&sort=lag&order=asc&page=2&pageSize=200');
    expect(paths.alerts('c')).toBe('/clusters/c/alerts');
    expect(decodeParam('a%2Fb')).toBe('a/b');
  });
});
