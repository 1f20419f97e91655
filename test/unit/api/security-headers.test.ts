import { describe, expect, it } from 'vitest';
import { DATA_CSP, STATIC_SECURITY_HEADERS, isDataPath, newNonce, pageCsp } from '@/lib/api/security-headers';

const directives = (csp: string) => new Map(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)] as const));

describe('security headers', () => {
  it('page scripts run only with the nonce: no unsafe-inline or unsafe-eval in production', () => {
    const csp = directives(pageCsp('abc'));
    expect(csp.get('script-src')).toEqual(["'self'", "'nonce-abc'", "'strict-dynamic'"]);
    expect(csp.get('style-src')).toEqual(["'self'", "'nonce-abc'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(pageCsp('abc')).not.toContain('unsafe-eval');
    expect(directives(pageCsp('abc', true)).get('script-src')).toContain("'unsafe-eval'");
  });

  it('data responses allow nothing and cannot be framed', () => {
    expect(directives(DATA_CSP).get('default-src')).toEqual(["'none'"]);
    expect(directives(DATA_CSP).get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('nonces are fresh, base64, at least 128 bits', () => {
    const a = newNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{24}$/);
    expect(newNonce()).not.toBe(a);
  });

  it('the fixed headers include nosniff, a referrer policy and a permissions policy', () => {
    expect(STATIC_SECURITY_HEADERS).toMatchObject({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'same-origin' });
    expect(STATIC_SECURITY_HEADERS['Permissions-Policy']).toContain('camera=()');
  });

  it('tells data paths from pages', () => {
    expect(['/api/health', '/metrics', '/_next/static/chunks/a.js'].map(isDataPath)).toEqual([true, true, true]);
    expect(['/', '/clusters/c', '/apis', '/metricsx'].map(isDataPath)).toEqual([false, false, false, false]);
  });
});
