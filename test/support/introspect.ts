import pg from 'pg';
import type { ExpectedTable } from './prisma-schema';

/** The shape of the public schema as Postgres reports it, in the same form as ExpectedTable. */
export async function introspect(url: string): Promise<ExpectedTable[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const cols = await c.query<{ table_name: string; column_name: string; udt_name: string; is_nullable: string; column_default: string | null }>(
      `SELECT table_name, column_name, udt_name, is_nullable, column_default FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY table_name, ordinal_position`,
    );
    const idx = await c.query<{ table_name: string; primary: boolean; unique: boolean; method: string; columns: string[] }>(
      `SELECT t.relname AS table_name, i.indisprimary AS primary, i.indisunique AS unique, am.amname AS method,
              array_agg(a.attname ORDER BY k.ord)::text[] AS columns
       FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace n ON n.oid = t.relnamespace
       JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_am am ON am.oid = ic.relam
       CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
       JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
       WHERE n.nspname = 'public' AND t.relname <> '_prisma_migrations'
       GROUP BY i.indexrelid, t.relname, i.indisprimary, i.indisunique, am.amname`,
    );
    const tables = new Map<string, ExpectedTable>();
    for (const r of cols.rows) {
      const t = tables.get(r.table_name) ?? { name: r.table_name, columns: [], primaryKey: [], indexes: [] };
      t.columns.push({ name: r.column_name, udt: r.udt_name, nullable: r.is_nullable === 'YES', hasDefault: r.column_default !== null });
      tables.set(r.table_name, t);
    }
    for (const r of idx.rows) {
      const t = tables.get(r.table_name);
      if (!t) continue;
      if (r.primary) t.primaryKey = r.columns;
      else t.indexes.push({ columns: r.columns, unique: r.unique, method: r.method });
    }
    return [...tables.values()];
  } finally {
    await c.end();
  }
}

/** Human-readable differences; empty when the database matches the schema. */
export function schemaDifferences(expected: ExpectedTable[], actual: ExpectedTable[]): string[] {
  const diffs: string[] = [];
  const act = new Map(actual.map((t) => [t.name, t]));
  for (const e of expected) {
    const a = act.get(e.name);
    if (!a) {
      diffs.push(`table ${e.name} is in schema.prisma but not in the migrated database`);
      continue;
    }
    const aCols = new Map(a.columns.map((c) => [c.name, c]));
    for (const c of e.columns) {
      const ac = aCols.get(c.name);
      if (!ac) diffs.push(`column ${e.name}.${c.name} is in schema.prisma but not in the database`);
      else if (ac.udt !== c.udt || ac.nullable !== c.nullable || ac.hasDefault !== c.hasDefault) {
        diffs.push(`column ${e.name}.${c.name}: schema ${JSON.stringify(c)} vs database ${JSON.stringify(ac)}`);
      }
    }
    for (const ac of a.columns) {
      if (!e.columns.some((c) => c.name === ac.name)) diffs.push(`column ${e.name}.${ac.name} is in the database but not in schema.prisma`);
    }
    if (e.primaryKey.join(',') !== a.primaryKey.join(',')) diffs.push(`table ${e.name}: primary key (${e.primaryKey}) vs (${a.primaryKey})`);
    const key = (i: { columns: string[]; unique: boolean; method: string }) => `${i.unique ? 'unique' : 'index'}(${i.columns.join(',')}) using ${i.method}`;
    const eIdx = new Set(e.indexes.map(key));
    const aIdx = new Set(a.indexes.map(key));
    for (const k of eIdx) if (!aIdx.has(k)) diffs.push(`table ${e.name}: ${k} is in schema.prisma but not in the database`);
    for (const k of aIdx) if (!eIdx.has(k)) diffs.push(`table ${e.name}: ${k} is in the database but not in schema.prisma`);
  }
  for (const a of actual) {
    if (!expected.some((e) => e.name === a.name)) diffs.push(`table ${a.name} is in the database but not in schema.prisma`);
  }
  return diffs;
}
