'use client';

import { paths } from '@/lib/client/paths';
import { useFindings } from '@/lib/client/queries';
import { useFindingFilters } from '@/lib/client/url-state';
import { FINDING_RULES, FINDING_SEVERITIES, FINDING_SUBJECT_KINDS, type FindingRule, type FindingSubjectKind } from '@/lib/model/findings';
import { FindingResults } from '@/components/parts/findings/FindingCard';
import { Pager, PastTheEnd } from '@/components/parts/Pager';
import { QueryState } from '@/components/parts/QueryState';
import { Card, inputClass, mutedClass, segClass, segOffClass, segOnClass } from '@/components/parts/ui';

/** What will hurt at the next failure, most severe first, each with the commands that fix it. */
export function FindingsView({ cluster }: { cluster: string }) {
  const [f, setF] = useFindingFilters();
  const q = useFindings(cluster, { severity: f.severity ?? undefined, rule: f.rule ?? undefined, kind: f.kind ?? undefined, page: f.page, pageSize: f.pageSize });
  // A new filter starts again at page 1.
  const pageHref = (page: number) => paths.findings(cluster, { ...f, page });
  const filter = (patch: Partial<Pick<typeof f, 'severity' | 'rule' | 'kind'>>) => void setF({ ...patch, page: null });
  return (
    <div className="space-y-3">
      <h1 className="text-lg font-semibold">Findings</h1>
      <p className={`text-sm ${mutedClass}`}>Risks in today&apos;s configuration and state: what will happen at the next failure, and the exact commands that fix it.</p>
      <QueryState query={q} what="findings">
        {(d) => (
          <Card
            title={d.evaluatedAt ? `${d.matched} finding${d.matched === 1 ? '' : 's'}` : 'Findings'}
            actions={
              <div className="flex flex-wrap items-center gap-2">
                <div role="group" aria-label="Severity" className="flex">
                  {[null, ...FINDING_SEVERITIES].map((s) => (
                    <button key={s ?? 'all'} type="button" aria-pressed={f.severity === s} className={`${segClass} ${f.severity === s ? segOnClass : segOffClass}`} onClick={() => filter({ severity: s })}>
                      {s ?? 'all'} {s && d.evaluatedAt ? `(${d.counts[s]})` : ''}
                    </button>
                  ))}
                </div>
                <select aria-label="Subject" className={inputClass} value={f.kind ?? ''} onChange={(e) => filter({ kind: (e.target.value || null) as FindingSubjectKind | null })}>
                  <option value="">every subject</option>
                  {FINDING_SUBJECT_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {k}
                    </option>
                  ))}
                </select>
                <select aria-label="Rule" className={inputClass} value={f.rule ?? ''} onChange={(e) => filter({ rule: (e.target.value || null) as FindingRule | null })}>
                  <option value="">every rule</option>
                  {d.byRule.map((r) => (
                    <option key={r.rule} value={r.rule}>
                      {FINDING_RULES[r.rule as FindingRule]?.label ?? r.rule} ({r.count})
                    </option>
                  ))}
                </select>
              </div>
            }
          >
            {d.findings.length === 0 && d.matched > 0 ? (
              <PastTheEnd page={d.page} total={d.matched} pageSize={d.pageSize} hrefFor={pageHref} />
            ) : (
              <FindingResults cluster={cluster} d={d} label="Findings" filtered={Boolean(f.severity || f.rule || f.kind)} />
            )}
            {d.matched > d.findings.length && (
              <Pager noun="findings" page={d.page} pageSize={d.pageSize} shown={d.findings.length} total={d.matched} hrefFor={pageHref} onPageSize={(n) => void setF({ pageSize: n, page: null })} />
            )}
          </Card>
        )}
      </QueryState>
    </div>
  );
}
