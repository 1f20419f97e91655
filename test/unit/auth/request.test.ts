import { describe, expect, it } from 'vitest';
import { clientIp, cookieValue, isCrossSite, isForeignHost, isHttps, safeNext } from '@/lib/auth/request';
import { bearerToken, safeEqual } from '@/lib/auth/tokens';

const h = (o: Record<string, string>) => new Headers(o);
const none = { publicUrl: null };

describe('what a request says', () => {
  it('reads one cookie of many', () => {
    expect(cookieValue('a=1; kafkascope_session=tok.en; b=2', 'kafkascope_session')).toBe('tok.en');
    expect(cookieValue('xkafkascope_session=1', 'kafkascope_session')).toBeNull();
    expect(cookieValue(null, 'a')).toBeNull();
  });

  it('takes the address from the last X-Forwarded-For entry (the one the nearest proxy, or Next.js, wrote)', () => {
    expect(clientIp(h({ 'x-forwarded-for': '203.0.113.9, 10.0.0.2' }))).toBe('10.0.0.2');
    expect(clientIp(h({ 'x-forwarded-for': '127.0.0.1' }))).toBe('127.0.0.1');
    expect(clientIp(h({}))).toBeNull();
  });

  it('marks cookies Secure for https, from the public address or the forwarded protocol', () => {
    expect(isHttps(h({}), { publicUrl: 'https://k.example.com' })).toBe(true);
    expect(isHttps(h({ 'x-forwarded-proto': 'https' }), none)).toBe(true);
    expect(isHttps(h({ 'x-forwarded-proto': 'http' }), none)).toBe(false);
  });

  it('refuses state changes from another site, lets our own pages and non-browser clients through', () => {
    const url = 'http://127.0.0.1:3000/api/auth/logout';
    expect(isCrossSite(h({ origin: 'http://127.0.0.1:3000', host: '127.0.0.1:3000' }), url, none)).toBe(false);
    expect(isCrossSite(h({ origin: 'https://evil.example', host: '127.0.0.1:3000' }), url, none)).toBe(true);
    expect(isCrossSite(h({ origin: 'null', host: '127.0.0.1:3000' }), url, none)).toBe(true);
    expect(isCrossSite(h({ 'sec-fetch-site': 'cross-site' }), url, none)).toBe(true);
    expect(isCrossSite(h({ 'sec-fetch-site': 'same-origin' }), url, none)).toBe(false);
    expect(isCrossSite(h({}), url, none)).toBe(false);
    // Behind a proxy the public address is ours too.
    expect(isCrossSite(h({ origin: 'https://k.example.com', host: 'inner:3000' }), 'http://inner:3000/x', { publicUrl: 'https://k.example.com' })).toBe(false);
  });

  it('goes back after sign-in only to a path of this site', () => {
    expect(safeNext('/clusters/prod/topics?q=a')).toBe('/clusters/prod/topics?q=a');
    for (const bad of ['//evil.example', '/\\evil.example', 'https://evil.example', 'javascript:alert(1)', '/login?next=/x', '/api/clusters', '/x\r\nSet-Cookie: a=1', '', null]) expect(safeNext(bad)).toBe('/');
  });

  it('compares tokens whole, and reads bearer tokens', () => {
    expect(safeEqual('a-token-of-some-length', 'a-token-of-some-length')).toBe(true);
    expect(safeEqual('a-token-of-some-length', 'a-token-of-some-lengtH')).toBe(false);
    expect(safeEqual('a-token', 'a-token-of-some-length')).toBe(false);
    expect(bearerToken('Bearer abc.def')).toBe('abc.def');
    expect(bearerToken('bearer abc')).toBe('abc');
    expect(bearerToken('Basic abc')).toBeNull();
    expect(bearerToken(null)).toBeNull();
  });
});

describe('DNS rebinding while nothing is configured', () => {
  const open = { mode: 'unconfigured' as const, publicUrl: null };
  it('answers to loopback names and addresses, with any port', () => {
    for (const host of ['localhost', 'localhost:3000', 'LocalHost:3400', '127.0.0.1', '127.0.0.1:3400', '127.8.9.10:80', '[::1]', '[::1]:3000']) {
      expect(isForeignHost(host, open), host).toBe(false);
    }
  });

  it("refuses another name, even one pointed at 127.0.0.1, and other addresses", () => {
    for (const host of ['evil.example', 'evil.example:3000', 'localhost.evil.example', '127.0.0.1.evil.example', '10.0.0.5:3000', '[::2]:3000', '0.0.0.0:3000', '']) {
      expect(isForeignHost(host, open), host).toBe(true);
    }
  });

  it('answers to the configured public address too', () => {
    const withUrl = { mode: 'unconfigured' as const, publicUrl: 'http://dash.internal:8080' };
    expect(isForeignHost('dash.internal:8080', withUrl)).toBe(false);
    expect(isForeignHost('DASH.internal', withUrl)).toBe(false);
    expect(isForeignHost('evil.example', withUrl)).toBe(true);
  });

  it('leaves it to authentication when that is configured or turned off on purpose', () => {
    expect(isForeignHost('evil.example', { mode: 'on', publicUrl: null })).toBe(false);
    expect(isForeignHost('evil.example', { mode: 'none', publicUrl: null })).toBe(false);
    expect(isForeignHost(null, open)).toBe(false);
  });
});
