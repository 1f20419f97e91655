import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// docs/prometheus-rules.yml must load in Prometheus. `promtool` (Debian package prometheus) is
// installed by .ci/run; on a machine without it the check is skipped outside CI.
const PROMTOOL = process.env.PROMTOOL ?? '/usr/bin/promtool';
const have = existsSync(PROMTOOL);

describe('the Prometheus rules file', () => {
  it.skipIf(!have && process.env.CI !== 'true')('passes promtool check rules', () => {
    expect(have, `${PROMTOOL} not found: install the Debian package prometheus`).toBe(true);
    const r = spawnSync(PROMTOOL, ['check', 'rules', 'docs/prometheus-rules.yml'], { encoding: 'utf8' });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/SUCCESS: \d+ rules found/);
  });
});
