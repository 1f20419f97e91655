import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export { BUILD_CANARIES } from '@/test/support/secret-canaries';

/** Which of `secrets` occur in `text`. */
export function secretsIn(text: string, secrets: readonly string[]): string[] {
  return secrets.filter((s) => text.includes(s));
}

/** Every file under `dir` holding one of `secrets`, as "path: secret" (bytes compared, any encoding of the file). */
export function filesContaining(dir: string, secrets: readonly string[]): string[] {
  const needles = secrets.map((s) => [s, Buffer.from(s, 'utf8')] as const);
  const found: string[] = [];
  const visit = (path: string) => {
    const st = statSync(path, { throwIfNoEntry: false });
    if (!st) return;
    if (st.isDirectory()) {
      for (const e of readdirSync(path)) visit(join(path, e));
      return;
    }
    if (!st.isFile()) return;
    const bytes = readFileSync(path);
    for (const [s, b] of needles) if (bytes.includes(b)) found.push(`${path}: ${s}`);
  };
  visit(dir);
  return found;
}
