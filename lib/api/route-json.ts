import { headers } from 'next/headers';

type GetRoute = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

/**
 * What a GET route answers, asked while a page renders on the server with the browser's own
 * request headers (its session cookie): the route checks the session, the path and the query as
 * for any request, so the page's HTML holds exactly what the browser would have fetched, without
 * waiting for the browser to load its scripts, start and ask. `segments` are the route's path
 * segments, decoded (as Next.js hands them to route handlers).
 *
 * Null for anything but a 200 (signed out, unknown cluster, a malformed query, the database
 * down), or when the request cannot be made: the page then renders as it does without it, and the
 * browser's own request shows why.
 */
export async function routeJson(route: GetRoute, segments: Record<string, string>, query: string): Promise<unknown> {
  try {
    const req = new Request(`http://route.invalid/${query}`, { headers: new Headers(await headers()) });
    const res = await route(req, { params: Promise.resolve(segments) });
    return res.status === 200 ? await res.json() : null;
  } catch {
    return null;
  }
}
