import { openDatabase } from './database';

// `npm run db:migrate`: applies pending migrations to DATABASE_URL or the embedded database.
try {
  const db = await openDatabase();
  console.log(`[store] ${db.description} is up to date`);
  await db.close();
} catch (e) {
  console.error(`kafkascope: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
