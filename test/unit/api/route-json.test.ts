import { describe, expect, it } from 'vitest';
import { routeJson } from '@/lib/api/route-json';

// What a page reads on the server: the route's answer when it is a 200 in time, nothing otherwise
// (the page then renders without it and the browser asks itself). The routes here are stand-ins:
// the real ones are read this way by the pages under e2e (e2e/pages.spec.ts, e2e/groups.spec.ts).
const headers = new Headers({ cookie: 'kafkascope_session=abc' });

describe('routeJson', () => {
  it('hands the route the query, the path segments and the browser headers, and returns its JSON', async () => {
    const seen: { url: string; cookie: string | null; params: Record<string, string> }[] = [];
    const route = async (req: Request, ctx: { params: Promise<Record<string, string>> }) => {
      seen.push({ url: req.url, cookie: req.headers.get('cookie'), params: await ctx.params });
      return Response.json({ topics: ['a'], total: 1 });
    };
    expect(await routeJson(route, { cluster: 'prod east' }, '?q=a&page=2', { headers })).toEqual({ topics: ['a'], total: 1 });
    expect(seen).toEqual([{ url: 'http://route.invalid/?q=a&page=2', cookie: 'kafkascope_session=abc', params: { cluster: 'prod east' } }]);
  });

  it('is null for anything but a 200, a throwing route, or no answer within the deadline', async () => {
    const status = (s: number) => async () => Response.json({ error: 'no' }, { status: s });
    for (const s of [401, 404, 503]) expect(await routeJson(status(s), {}, '', { headers })).toBeNull();
    expect(await routeJson(async () => Promise.reject(new Error('database down')), {}, '', { headers })).toBeNull();
    // A route that never answers (a hung database): the deadline lets the page go on (a hang would fail the test).
    expect(await routeJson(() => new Promise<Response>(() => undefined), {}, '', { headers, deadlineMs: 50 })).toBeNull();
  });

  it('is null outside a request (no headers to ask with)', async () => {
    expect(await routeJson(async () => Response.json({}), {}, '', { deadlineMs: 200 })).toBeNull();
  });
});
