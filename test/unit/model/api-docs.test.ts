// docs/api.md stays true: every event type of the vocabulary, with each of its detail fields, is
// in the events table, the table names no type the vocabulary lacks, and every finding rule is listed.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detailFields } from '@/lib/model/event-decode';
import { EVENT_TYPES } from '@/lib/model/events';
import { FINDING_RULE_IDS } from '@/lib/model/findings';

const DOC = readFileSync(new URL('../../../docs/api.md', import.meta.url), 'utf8');

/** Rows of the markdown table that starts after `marker`: first cell → second cell. */
function table(doc: string, marker: string): Map<string, string> {
  const rows = new Map<string, string>();
  for (const line of doc.slice(doc.indexOf(marker)).split('\n').slice(1)) {
    if (!line.startsWith('|')) {
      if (rows.size > 0) break;
      continue;
    }
    const [, first = '', second = ''] = line.split('|').map((c) => c.trim());
    rows.set(first, second);
  }
  return rows;
}

/** What the doc fails to say (empty when it is true to the vocabulary). */
function undocumented(doc: string): string[] {
  const problems: string[] = [];
  const events = table(doc, 'Event types and their `details`');
  for (const type of EVENT_TYPES) {
    const row = [...events].find(([k]) => k.split(/[`/ ]+/).includes(type));
    if (!row) problems.push(`${type} is missing from the events table`);
    else for (const f of detailFields(type)) if (!new RegExp(`\\b${f}\\b`).test(row[1])) problems.push(`${type}.${f} is missing`);
  }
  const named = [...events.keys()].flatMap((k) => k.match(/[A-Z_]{4,}/g) ?? []);
  for (const t of named) if (!(EVENT_TYPES as string[]).includes(t)) problems.push(`${t} is documented but not an event type`);
  const rules = [...table(doc, '| rule | severity | says |').keys()].join(' ');
  for (const r of FINDING_RULE_IDS) if (!rules.includes(`\`${r}\``)) problems.push(`finding rule ${r} is missing`);
  return problems;
}

/** Every API route in app/api, as `/api/clusters/{cluster}/…` (Next's [x] segments as {x}). */
function routes(dir = new URL('../../../app/api', import.meta.url).pathname, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? routes(join(dir, e.name), root) : e.name === 'route.ts' ? [`/api/${relative(root, dir)}`.replace(/\[(\w+)\]/g, '{$1}').replace(/\/$/, '')] : [],
  );
}

/** The methods a route exports (`export const GET`, `export function POST`, …). */
function methods(route: string): string[] {
  const file = new URL(`../../../app${route.replace(/\{(\w+)\}/g, '[$1]')}/route.ts`, import.meta.url).pathname;
  return [...readFileSync(file, 'utf8').matchAll(/^export\s+(?:const|(?:async\s+)?function)\s+(GET|POST|PUT|PATCH|DELETE)\b/gm)].map((m) => m[1]!);
}

/** Each route with each method it exports must appear as `METHOD /api/…` followed by `?`, a backquote or a space. */
const undocumentedRoutes = (doc: string) =>
  routes()
    .flatMap((r) => methods(r).map((m) => `${m} ${r}`))
    .filter((mr) => !new RegExp(`\`${mr.replace(/[{}]/g, '\\$&')}[?\` ]`).test(doc));

describe('docs/api.md', () => {
  it('documents every API route', () => {
    expect(routes().length).toBeGreaterThan(15);
    expect(undocumentedRoutes(DOC)).toEqual([]);
    expect(undocumentedRoutes(DOC.replace('`GET /api/clusters/{cluster}/what-if?', '`GET /api/clusters/{cluster}/whatif?'))).toEqual(['GET /api/clusters/{cluster}/what-if']);
    // A POST route documented as GET is not documented.
    expect(undocumentedRoutes(DOC.replace('`POST /api/admin/test-alert`', '`GET /api/admin/test-alert`'))).toEqual(['POST /api/admin/test-alert']);
  });

  it('documents every event type with its detail fields, and every finding rule', () => {
    expect(undocumented(DOC)).toEqual([]);
  });

  it('the check fails on a missing field, a missing type, an unknown type and a missing rule', () => {
    const broken = DOC.replace('| `UNDER_MIN_ISR` | `isr, minIsr, leader`', '| `UNDER_MIN_ISR` | `isr, leader`')
      .replace(/\| `TOPIC_DELETED` \|.*\n/, '| `TOPIC_VANISHED` | `partitions` |\n')
      .replace('| `unused-topic` |', '| `unused` |');
    expect(undocumented(broken)).toEqual(['UNDER_MIN_ISR.minIsr is missing', 'TOPIC_DELETED is missing from the events table', 'TOPIC_VANISHED is documented but not an event type', 'finding rule unused-topic is missing']);
  });
});
