import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

/**
 * Completes `next build`'s standalone output (.next/standalone) into what the container image
 * runs with plain `node`, no repository and no TypeScript:
 * - kafkascope.mjs: the same start-up as `npm start` (migrations, collectors, web tier), bundled;
 * - demo-workload.mjs: the demo's producers and consumers (docker-compose.yml runs them);
 * - the files Next leaves out (.next/static, public/), the migrations, and the EXTERNAL packages.
 * `npm run build` runs it after `next build`; it takes a few seconds.
 */
const OUT = join('.next', 'standalone');
/**
 * Packages the bundles load from node_modules instead of containing them: PGlite (WASM and data
 * files beside its code), kafkajs (lib/kafka loads its protocol internals by path at run time),
 * pg-native (optional, never installed).
 */
const EXTERNAL = ['@electric-sql/pglite', 'kafkajs', 'pg-native'];

async function main(): Promise<void> {
  if (!existsSync(join(OUT, 'server.js'))) throw new Error(`${OUT}/server.js is missing: run \`next build\` first`);
  copy(join('.next', 'static'), join(OUT, '.next', 'static'));
  if (existsSync('public')) copy('public', join(OUT, 'public'));
  copy(join('prisma', 'migrations'), join(OUT, 'prisma', 'migrations'));
  for (const pkg of EXTERNAL.filter((p) => existsSync(join('node_modules', p)))) copy(join('node_modules', pkg), join(OUT, 'node_modules', pkg));
  for (const [entry, out] of [
    ['lib/runtime/standalone.ts', 'kafkascope.mjs'],
    ['dev/demo/workload-cli.ts', 'demo-workload.mjs'],
  ] as const) {
    await build({
      entryPoints: [entry],
      outfile: join(OUT, out),
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      external: EXTERNAL,
      logLevel: 'warning',
      // CommonJS dependencies (pg, kafkajs) call require(); an ES module has none of its own.
      banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    });
  }
  console.log(`[build] ${OUT}: server.js, kafkascope.mjs, demo-workload.mjs, static files, migrations`);
}

function copy(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(join(to, '..'), { recursive: true });
  cpSync(from, to, { recursive: true });
}

main().catch((e: unknown) => {
  console.error(`build-standalone: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
