import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { newestSource, SOURCES } from '@/lib/runtime/start';

export const STANDALONE_DIR = join('.next', 'standalone');
const INPUTS = [...SOURCES, 'dev/build-standalone.ts', 'dev/demo', 'prisma'];

/**
 * The production build with its standalone server, as `npm run build` makes it: reused when it
 * is newer than every source (dev/test-all.ts builds before the integration tests), else built
 * here, once for all the test files that need it (about a minute).
 */
export function standaloneBuild(): string {
  const marks = [join('.next', 'BUILD_ID'), join(STANDALONE_DIR, 'kafkascope.mjs')];
  const built = marks.every((f) => existsSync(f)) ? Math.min(...marks.map((f) => statSync(f).mtimeMs)) : 0;
  if (built > 0 && newestSource(INPUTS) <= built) return STANDALONE_DIR;
  console.log('[test] building the app (`npm run build`)…');
  const r = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (r.status !== 0) throw new Error('`npm run build` failed; see the output above');
  return STANDALONE_DIR;
}
