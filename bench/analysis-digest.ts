import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { SyntheticAnalysis } from './synthetic-analysis';
import { sizeFor } from './synthetic-cluster';

/**
 * A digest of everything the analysis concludes over a run of synthetic polls (events, lags with
 * statuses, reasons and seconds, findings, kept end offsets, last writes, alert evaluation), for
 * changes meant to make it faster without changing a single answer: run it before and after; the
 * digests must be equal. The synthetic cluster is seeded, so a run is repeatable.
 *
 *   npx tsx bench/analysis-digest.ts [--partitions 1000] [--groups 50] [--polls 400]
 *
 * 400 polls are 33 simulated minutes: long enough to fill the lag status window (10 minutes) and
 * to thin end offsets past their 15 minutes at full resolution. (Every synthetic consumer commits;
 * stopped ones are judged in test/unit/analysis/lag and test/integration/lag.test.ts.)
 */
/** The digest of `polls` polls after a baseline, and the lag phase's total milliseconds. */
export async function analysisDigest(partitions: number, groups: number, polls: number): Promise<{ digest: string; lagMs: number }> {
  const analysis = new SyntheticAnalysis(sizeFor(partitions, groups));
  const hash = createHash('sha256');
  const json = (_key: string, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v);
  let lagMs = 0;
  for (let i = 0; i <= polls; i++) {
    // The poll itself is the input and the timings differ from run to run; the rest is the analysis.
    const { ms, result: _poll, ...conclusions } = await analysis.step();
    if (i > 0) lagMs += ms.lag;
    hash.update(JSON.stringify(conclusions, json));
  }
  return { digest: hash.digest('hex'), lagMs };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values: args } = parseArgs({
    options: {
      partitions: { type: 'string', default: '1000' },
      groups: { type: 'string', default: '50' },
      polls: { type: 'string', default: '400' },
    },
  });
  const int = (name: string, v: string) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive integer, not ${v}`);
    return n;
  };
  const polls = int('polls', args.polls);
  const { digest, lagMs } = await analysisDigest(int('partitions', args.partitions), int('groups', args.groups), polls);
  console.log(`${digest}  (${polls} polls after a baseline; lag phase ${Math.round(lagMs)} ms in all)`);
}
