// Authorization is checked in server code, not only in proxy.ts: every route handler calls a
// guard (or is a per-cluster route, which checks in clusterGet), and every page is under a layout
// or is a page that calls pageIdentity. The few public ones are named here; a new route or page
// without a check fails this test (and the e2e auth spec, which asks every one of them).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const APP = 'app';
/** Routes anyone may call: signing in (and the OpenID provider's way back). */
export const PUBLIC_ROUTES = ['app/api/auth/login/route.ts', 'app/api/auth/oidc/login/route.ts', 'app/api/auth/oidc/callback/route.ts'];
export const PUBLIC_PAGES = ['app/login/page.tsx'];

const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
const all = files(APP).map((f) => relative('.', f).split(sep).join('/'));
const read = (f: string) => readFileSync(f, 'utf8');

/** What a route handler's source does to check its caller, or null. */
function routeGuard(source: string): string | null {
  if (/\bclusterGet\(/.test(source)) return 'clusterGet';
  const m = /\b(requireRole\(req, '(viewer|admin)'\)|requireProbe\(req\)|sessionOf\(req\.headers)/.exec(source);
  return m ? m[1]! : null;
}

/** The role a page (or a layout above it) asks for, or null. */
function pageGuard(page: string, sources: (f: string) => string | null): string | null {
  for (let dir = dirname(page); ; dir = dirname(dir)) {
    for (const f of dir === dirname(page) ? [page, join(dir, 'layout.tsx')] : [join(dir, 'layout.tsx')]) {
      const m = /\bpageIdentity\('(viewer|admin)'\)/.exec(sources(f) ?? '');
      if (m) return m[1]!;
    }
    if (dir === APP || dir === '.') return null;
  }
}

const sourceOf = (f: string) => (all.includes(f) ? read(f) : null);

describe('every route handler and page checks its caller on the server', () => {
  const routes = all.filter((f) => f.endsWith('/route.ts'));
  const pages = all.filter((f) => f.endsWith('/page.tsx'));

  it('finds the routes and pages', () => {
    expect(routes.length).toBeGreaterThan(20);
    expect(pages.length).toBeGreaterThan(10);
    for (const f of [...PUBLIC_ROUTES, ...PUBLIC_PAGES]) expect(all, f).toContain(f);
  });

  it('route handlers: a guard in each, admin routes for admins only', () => {
    const unguarded = routes.filter((f) => !PUBLIC_ROUTES.includes(f) && routeGuard(read(f)) === null);
    expect(unguarded).toEqual([]);
    const notAdmin = routes.filter((f) => f.startsWith('app/api/admin/') && routeGuard(read(f)) !== "requireRole(req, 'admin')");
    expect(notAdmin).toEqual([]);
  });

  it('pages: each under pageIdentity, the admin page for admins', () => {
    expect(pages.filter((f) => !PUBLIC_PAGES.includes(f) && pageGuard(f, sourceOf) === null)).toEqual([]);
    expect(pageGuard('app/admin/page.tsx', sourceOf)).toBe('admin');
    expect(pageGuard('app/clusters/[cluster]/topics/[topic]/page.tsx', sourceOf)).toBe('viewer');
  });

  it('the checks fail on a route or page without a guard', () => {
    expect(routeGuard("export function GET() { return handle(async () => ({ ok: true })); }")).toBeNull();
    expect(routeGuard("export const GET = clusterGet({}, ({ db }) => x(db));")).toBe('clusterGet');
    const fake = (f: string) => (f === 'app/x/page.tsx' ? 'export default function P() {}' : null);
    expect(pageGuard('app/x/page.tsx', fake)).toBeNull();
  });
});
