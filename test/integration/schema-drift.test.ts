import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, readMigrations } from '@/lib/store/migrate';
import { freshDatabase, type TestDatabase } from '../support/database';
import { introspect, schemaDifferences } from '../support/introspect';
import { parsePrismaSchema } from '../support/prisma-schema';
import pg from 'pg';

const schemaText = readFileSync('prisma/schema.prisma', 'utf8');

describe('migrations', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await freshDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('apply to an empty database and are recorded as Prisma records them', async () => {
    const applied = await migrate(db.url);
    expect(applied).toEqual(readMigrations().map((m) => m.name));
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    const { rows } = await c.query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
      'SELECT migration_name, checksum, finished_at, applied_steps_count FROM _prisma_migrations ORDER BY migration_name',
    );
    await c.end();
    expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(readMigrations().map((m) => [m.name, m.checksum]));
    expect(rows.every((r) => r.finished_at !== null && r.applied_steps_count === 1)).toBe(true);
  });

  it('are not applied twice', async () => {
    expect(await migrate(db.url)).toEqual([]);
  });

  it('create exactly what schema.prisma describes (no drift)', async () => {
    expect(schemaDifferences(parsePrismaSchema(schemaText), await introspect(db.url))).toEqual([]);
  });

  it('the drift check catches a field added to schema.prisma without a migration', async () => {
    const edited = schemaText.replace('model Broker {', 'model Broker {\n  note String?');
    const diffs = schemaDifferences(parsePrismaSchema(edited), await introspect(db.url));
    expect(diffs).toEqual(['column broker.note is in schema.prisma but not in the database']);
  });

  it('the drift check catches an index missing from the migrations', async () => {
    const edited = schemaText.replace('@@map("poll_run")', '@@index([status])\n  @@map("poll_run")');
    expect(schemaDifferences(parsePrismaSchema(edited), await introspect(db.url))).toEqual([
      'table poll_run: index(status) using btree is in schema.prisma but not in the database',
    ]);
  });

  it('the drift check catches an index of another kind than the migrations create', async () => {
    const edited = schemaText.replace('@@index([at], type: Brin)\n  @@map("offset_sample")', '@@index([at])\n  @@map("offset_sample")');
    expect(edited).not.toBe(schemaText);
    expect(schemaDifferences(parsePrismaSchema(edited), await introspect(db.url))).toEqual([
      'table offset_sample: index(at) using btree is in schema.prisma but not in the database',
      'table offset_sample: index(at) using brin is in the database but not in schema.prisma',
    ]);
  });
});
