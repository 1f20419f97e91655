import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Every route of the app, read from the app/ tree when the tests run, so a new page or API route
 * is covered without editing a list: each app/**\/page.tsx and app/**\/route.ts, its dynamic
 * segments in order, and (for route handlers) the query parameters its source reads.
 */
export interface AppRoute {
  kind: 'page' | 'route';
  /** e.g. /clusters/[cluster]/topics/[topic] */
  pattern: string;
  /** Dynamic segment names in order, e.g. ['cluster', 'topic']. */
  segments: string[];
  /** Query parameters the handler reads (route handlers only). */
  params: string[];
  /** HTTP methods the handler exports (route handlers only; pages are GET). */
  methods: string[];
  file: string;
}

const APP = 'app';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

/** The HTTP methods a route handler exports (`export const GET = …`, `export function POST(…)`). */
export function methodsExported(source: string): string[] {
  return [...source.matchAll(/^export\s+(?:const|(?:async\s+)?function)\s+(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/gm)].map((m) => m[1]!).sort();
}

/** Query parameter names a route handler reads through Params (and timeRange's from/to). */
export function paramsRead(source: string): string[] {
  const names = new Set<string>();
  for (const m of source.matchAll(/\.(?:string|int|int64|time|oneOf|bool)\(\s*'([^']+)'/g)) names.add(m[1]!);
  if (/\btimeRange\(/.test(source)) for (const n of ['from', 'to']) names.add(n);
  return [...names].sort();
}

export function appRoutes(root = process.cwd()): AppRoute[] {
  return files(join(root, APP))
    .filter((f) => /[\\/](page\.tsx|route\.ts)$/.test(f))
    .map((f) => {
      const rel = relative(join(root, APP), f).split(sep);
      const dirs = rel.slice(0, -1).filter((d) => !d.startsWith('(') && !d.startsWith('@')); // route groups and slots add no segment
      const pattern = `/${dirs.join('/')}`;
      const segments = dirs.filter((d) => d.startsWith('[')).map((d) => d.replace(/^\[+(\.\.\.)?|\]+$/g, ''));
      const isRoute = rel.at(-1) === 'route.ts';
      const source = isRoute ? readFileSync(f, 'utf8') : '';
      return { kind: isRoute ? 'route' : 'page', pattern, segments, params: isRoute ? paramsRead(source) : [], methods: isRoute ? methodsExported(source) : ['GET'], file: relative(root, f) } satisfies AppRoute;
    })
    .sort((a, b) => a.pattern.localeCompare(b.pattern));
}

/** The route's URL path with each dynamic segment replaced (values already percent-encoded). */
export function fill(route: AppRoute, values: Record<string, string>): string {
  return route.pattern.replace(/\[+(?:\.\.\.)?([^\]]+)\]+/g, (_m, name: string) => {
    const v = values[name];
    if (v === undefined) throw new Error(`no value for [${name}] in ${route.pattern}`);
    return v;
  });
}
