/**
 * Reads the subset of schema.prisma we use into the database shape it implies (tables, columns,
 * keys, indexes), so the drift test can compare it with what the migrations actually create.
 * Prisma's own diffing needs its native schema engine, which is not available everywhere.
 */
export interface ExpectedColumn {
  name: string;
  udt: string; // Postgres type name as in information_schema.columns.udt_name
  nullable: boolean;
  hasDefault: boolean;
}

export interface ExpectedTable {
  name: string;
  columns: ExpectedColumn[];
  primaryKey: string[];
  /** method: the access method, as pg_am names it (`type: Brin` in schema.prisma → brin). */
  indexes: { columns: string[]; unique: boolean; method: string }[];
}

const SCALARS: Record<string, string> = {
  String: 'text',
  Int: 'int4',
  BigInt: 'int8',
  Boolean: 'bool',
  DateTime: 'timestamp',
  Json: 'jsonb',
  Float: 'float8',
  Decimal: 'numeric',
};

export function parsePrismaSchema(text: string): ExpectedTable[] {
  const src = text.replace(/\/\/.*$/gm, '');
  const models = [...src.matchAll(/model\s+(\w+)\s*\{([^}]*)\}/g)];
  const modelNames = new Set(models.map((m) => m[1]));
  return models.map(([, modelName, body]) => {
    const lines = (body ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
    const columns: ExpectedColumn[] = [];
    const fieldToColumn = new Map<string, string>();
    let table = modelName ?? '';
    let primaryKey: string[] = [];
    const indexes: ExpectedTable['indexes'] = [];
    for (const line of lines) {
      if (line.startsWith('@@')) {
        const map = /^@@map\("([^"]+)"\)/.exec(line);
        if (map?.[1]) table = map[1];
        const block = /^@@(id|index|unique)\(\[([^\]]*)\]/.exec(line);
        if (block?.[1] && block[2] !== undefined) {
          const fields = block[2].split(',').map((f) => f.trim().replace(/\(.*\)$/, ''));
          if (block[1] === 'id') primaryKey = fields;
          else indexes.push({ columns: fields, unique: block[1] === 'unique', method: (/type:\s*(\w+)/.exec(line)?.[1] ?? 'btree').toLowerCase() });
        }
        continue;
      }
      const m = /^(\w+)\s+(\w+)(\[\])?(\?)?\s*(.*)$/.exec(line);
      if (!m?.[1] || !m[2]) continue;
      const [, field, type, list, optional, attrs = ''] = m;
      if (modelNames.has(type) || attrs.includes('@relation')) continue;
      const column = /@map\("([^"]+)"\)/.exec(attrs)?.[1] ?? field;
      fieldToColumn.set(field, column);
      const base = SCALARS[type];
      if (!base) throw new Error(`schema.prisma: field ${modelName}.${field} has type ${type}, unknown to the drift check`);
      columns.push({
        name: column,
        udt: list ? `_${base}` : base,
        nullable: Boolean(optional) || Boolean(list),
        hasDefault: attrs.includes('@default('),
      });
      if (/@id\b/.test(attrs)) primaryKey = [field];
      if (/@unique\b/.test(attrs)) indexes.push({ columns: [field], unique: true, method: 'btree' });
    }
    const col = (f: string) => fieldToColumn.get(f) ?? f;
    return {
      name: table,
      columns,
      primaryKey: primaryKey.map(col),
      indexes: indexes.map((i) => ({ unique: i.unique, method: i.method, columns: i.columns.map(col) })),
    };
  });
}
