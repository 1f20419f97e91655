'use client';

import Link from 'next/link';
import { paths } from '@/lib/client/paths';
import { OVERVIEW_TOP_FINDINGS } from '@/lib/client/list-queries';
import { useFindings } from '@/lib/client/queries';
import { FINDING_SEVERITIES } from '@/lib/model/findings';
import { FINDING_TONE, FindingResults } from '@/components/parts/findings/FindingCard';
import { QueryState } from '@/components/parts/QueryState';
import { Card, Chip, linkClass } from '@/components/parts/ui';

/** The overview's "what will hurt at the next failure": counts by severity and the worst few. */
export function FindingsPanel({ cluster, alertsFiring }: { cluster: string; alertsFiring: number }) {
  // The counts cover every finding; only the five worst are fetched.
  const q = useFindings(cluster, OVERVIEW_TOP_FINDINGS);
  return (
    <Card
      title="Risks at the next failure"
      actions={
        <Link href={paths.findings(cluster)} className={`${linkClass} text-xs`}>
          All findings →
        </Link>
      }
    >
      <QueryState query={q} what="findings">
        {(d) => (
          <div data-testid="findings-panel">
            <div className="flex flex-wrap items-center gap-1.5 px-3 pt-2 text-xs">
              {FINDING_SEVERITIES.map((s) => (
                <Link key={s} href={paths.findings(cluster, { severity: s })} data-finding-count={s} className="hover:opacity-80">
                  <Chip tone={d.counts[s] === 0 ? 'neutral' : (FINDING_TONE[s] ?? 'neutral')}>
                    {d.counts[s]} {s}
                  </Chip>
                </Link>
              ))}
              <Link href={paths.alerts(cluster)} className="ml-auto hover:opacity-80" data-testid="alerts-firing">
                <Chip tone={alertsFiring > 0 ? 'bad' : 'neutral'}>
                  {alertsFiring} alert{alertsFiring === 1 ? '' : 's'} firing
                </Chip>
              </Link>
            </div>
            <FindingResults cluster={cluster} d={d} label="Worst findings" limit={5} collapsed />
          </div>
        )}
      </QueryState>
    </Card>
  );
}
