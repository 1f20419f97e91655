import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/**
 * CI's dependency gate: `npm audit --omit=dev` must find nothing of high or critical severity
 * in what ships, except the packages listed with a reason in .ci/audit-exceptions.json
 * ({ "<package>": "why it does not apply, and until when" }). When the advisory service cannot
 * be asked (no network, or a registry mirror without the audit API), it says so and passes: the
 * gate then runs wherever the service answers, and never fails a build for the network's sake.
 */
const SEVERE = new Set(['high', 'critical']);

export interface AuditReport {
  vulnerabilities?: Record<string, { severity: string }>;
  statusCode?: number;
  message?: string;
  error?: { summary?: string };
}

/** The lines to print and whether CI fails, from `npm audit --json`'s output. */
export function judge(stdout: string, exceptions: Record<string, string>): { lines: string[]; fail: boolean } {
  let report: AuditReport;
  try {
    report = JSON.parse(stdout) as AuditReport;
  } catch {
    return { lines: ['audit: skipped, npm audit gave no report'], fail: false };
  }
  if (!report.vulnerabilities) {
    // The message names the service's address; the status is what matters.
    const why = (report.error?.summary || report.message || '').replace(/ - .*$/, '') || `status ${report.statusCode ?? 'unknown'}`;
    return { lines: [`audit: skipped, the advisory service did not answer (${why})`], fail: false };
  }
  const severe = Object.entries(report.vulnerabilities).filter(([, v]) => SEVERE.has(v.severity));
  const failing = severe.filter(([name]) => !(name in exceptions));
  const lines = [
    ...severe.filter(([name]) => name in exceptions).map(([name, v]) => `audit: ${name} (${v.severity}) excepted: ${exceptions[name]}`),
    ...failing.map(([name, v]) => `audit: ${name} (${v.severity}) — update it, or add it to .ci/audit-exceptions.json with the reason`),
    `audit: ${Object.keys(report.vulnerabilities).length} advisories in production dependencies, ${severe.length} high or critical, ${failing.length} not excepted`,
  ];
  return { lines, fail: failing.length > 0 };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const exceptions = JSON.parse(readFileSync('.ci/audit-exceptions.json', 'utf8')) as Record<string, string>;
  const r = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 120_000 });
  const { lines, fail } = judge(r.stdout ?? '', exceptions);
  for (const l of lines) console.log(l);
  process.exit(fail ? 1 : 0);
}
