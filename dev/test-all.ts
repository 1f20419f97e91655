import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { LocalCluster } from '@/dev/kafka/cluster';
import { testClusterOptions } from '@/test/support/cluster';
import { BUILD_CANARIES } from '@/test/support/secret-canaries';

/**
 * `npm test`: lint, type-check and unit tests; then a real 3-node test cluster for the
 * integration tests (Postgres at DATABASE_URL when set, else the embedded database) and the
 * Playwright e2e tests in Chromium. The cluster is wiped before and after. The production build
 * (`npm run build`) is made once, before both: integration tests start the built server.
 */
const { basePort, dataDir } = testClusterOptions();
const results: { step: string; ok: boolean; seconds: number }[] = [];
// Next.js would otherwise phone home on every build.
process.env.NEXT_TELEMETRY_DISABLED ??= '1';

function step(name: string, cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): boolean {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  const ok = r.status === 0;
  results.push({ step: name, ok, seconds: Math.round((Date.now() - t0) / 1000) });
  return ok;
}

async function main(): Promise<number> {
  const only = process.argv[2]; // optional: unit | integration | e2e
  const files = process.argv.slice(3); // optional with integration or e2e: test files (or parts of their names)
  if (!only || only === 'unit') {
    if (!step('lint', 'npx', ['eslint', '.', '--max-warnings=0'])) return 1;
    if (!step('typecheck', 'npx', ['tsc', '--noEmit'])) return 1;
    if (!step('unit', 'npx', ['vitest', 'run', '--project', 'unit'])) return 1;
    if (only) return 0;
  }
  const cluster = new LocalCluster({ basePort, dataDir, log: (m) => console.log(`[test-cluster] ${m}`) });
  await cluster.wipe();
  const t0 = Date.now();
  await cluster.start();
  console.log(`[test-cluster] ready in ${((Date.now() - t0) / 1000).toFixed(1)} s at ${cluster.bootstrap()}`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    KAFKA_TEST_BASE_PORT: String(basePort),
    KAFKA_TEST_DATA_DIR: dataDir,
    KAFKASCOPE_TEST_CLUSTER: 'managed',
  };
  try {
    let ok = true;
    // One build for both: integration tests start the built server (and its standalone form), e2e serves it.
    // Secrets in the build's environment, which e2e/auth.spec.ts then looks for in .next: none may be there.
    if (!step('build', 'npm', ['run', 'build'], { ...env, ...BUILD_CANARIES })) return 1;
    if (!only || only === 'integration') ok = step('integration', 'npx', ['vitest', 'run', '--project', 'integration', ...files], env) && ok;
    if (!only || only === 'e2e') ok = ok && step('e2e', 'npx', ['playwright', 'test', ...files], env);
    return ok ? 0 : 1;
  } finally {
    await cluster.wipe().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const code = await main().catch((e: unknown) => {
  console.error(`npm test: ${e instanceof Error ? e.message : String(e)}`);
  return 1;
});
console.log('\n=== summary');
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.step} (${r.seconds} s)`);
process.exit(code);
