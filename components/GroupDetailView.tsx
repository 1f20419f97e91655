'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { formatBig, formatCompact } from '@/lib/client/format';
import { estimateHelp, formatLagSeconds } from '@/lib/client/group-status';
import { navigateTo, paths, withParams } from '@/lib/client/paths';
import { useGroup, useGroupLag } from '@/lib/client/queries';
import { rangeParams, readRange, type RangeSel } from '@/lib/client/time-range';
import type { GroupDetail } from '@/lib/views/groups';
import { GroupStatusBadge } from './GroupStatusBadge';
import { LagChart, type LagUnit } from './LagChart';
import { QueryState } from './QueryState';
import { RangePicker } from './RangePicker';
import { TimeAgo } from './TimeAgo';
import { Breadcrumbs, Card, Chip, EmptyState, linkClass, rowClass, tdClass, thClass } from './ui';

const PRESETS = ['15m', '1h', '6h', '24h', '7d', '30d'] as const;
const seg = 'px-2 py-0.5 text-xs first:rounded-l last:rounded-r border border-slate-300 dark:border-slate-700 -ml-px first:ml-0';
const on = 'bg-slate-800 text-white border-slate-800 dark:bg-slate-200 dark:text-slate-900 dark:border-slate-200 relative z-10';
const off = 'bg-white text-slate-700 hover:bg-slate-100 dark:bg-slate-900 dark:text-slate-300 dark:hover:bg-slate-800';

function LagCard({ cluster, groupId, range, unit, onRange, onUnit }: { cluster: string; groupId: string; range: RangeSel; unit: LagUnit; onRange: (r: RangeSel) => void; onUnit: (u: LagUnit) => void }) {
  const q = useGroupLag(cluster, groupId, range);
  return (
    <Card
      title="Lag over time"
      actions={
        <>
          <div role="group" aria-label="Lag unit" className="inline-flex">
            {(['messages', 'seconds'] as const).map((u) => (
              <button key={u} type="button" aria-pressed={unit === u} className={`${seg} ${unit === u ? on : off}`} onClick={() => onUnit(u)}>
                {u}
              </button>
            ))}
          </div>
          <RangePicker label="Lag range" value={range} presets={[...PRESETS]} allowCustom onChange={onRange} />
        </>
      }
    >
      <div className="p-3">
        <QueryState query={q} what="the lag history">
          {(s) =>
            s.total.length === 0 ? (
              <EmptyState title="No lag samples in this range">Lag is recorded on every poll once the group has committed offsets.</EmptyState>
            ) : (
              <>
                <LagChart series={s} unit={unit} />
                <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
                  {s.stepSeconds === 0 ? 'Every poll' : `Maximum per ${s.stepSeconds >= 3600 ? `${s.stepSeconds / 3600} h` : `${s.stepSeconds} s`}`}
                  {s.source === 'hourly-rollups' ? ' (hourly rollups)' : ''} · {s.total.length} points
                  {s.topics.length > 8 ? ` · showing 8 of ${s.topics.length} topics` : ''}
                </p>
              </>
            )
          }
        </QueryState>
      </div>
    </Card>
  );
}

function PartitionsCard({ cluster, d }: { cluster: string; d: GroupDetail }) {
  const rows = d.partitions;
  return (
    <Card title={`Partitions (${rows.length})`}>
      {rows.length === 0 ? (
        <EmptyState title="No partitions">This group has no committed offsets and no assignment.</EmptyState>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">Lag per partition</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>Topic</th>
                <th scope="col" className={`${thClass} text-right`}>Partition</th>
                <th scope="col" className={`${thClass} text-right`}>Committed</th>
                <th scope="col" className={`${thClass} text-right`}>End</th>
                <th scope="col" className={`${thClass} text-right`}>Lag</th>
                <th scope="col" className={`${thClass} text-right`}>Behind</th>
                <th scope="col" className={thClass}>Status</th>
                <th scope="col" className={thClass}>Owner</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((p) => (
                <tr key={`${p.topic}\u0000${p.partition}`} data-partition={`${p.topic}-${p.partition}`} className={rowClass}>
                  <td className={`${tdClass} [overflow-wrap:anywhere]`}>
                    <Link prefetch={false} href={paths.topic(cluster, p.topic)} className={linkClass}>
                      {p.topic}
                    </Link>
                  </td>
                  <td className={`${tdClass} text-right tabular-nums`}>
                    <Link prefetch={false} href={paths.topic(cluster, p.topic, p.partition)} className={linkClass} aria-label={`${p.topic} partition ${p.partition}`}>
                      {p.partition}
                    </Link>
                  </td>
                  <td className={`${tdClass} text-right tabular-nums`} title={p.committed === null ? 'No committed offset' : undefined}>
                    {p.committed === null ? '—' : formatBig(p.committed)}
                  </td>
                  <td className={`${tdClass} text-right tabular-nums`}>{formatBig(p.endOffset)}</td>
                  <td className={`${tdClass} text-right tabular-nums`} title={p.lag === null ? undefined : `${formatBig(p.lag)} messages`}>
                    {formatCompact(p.lag)}
                  </td>
                  <td className={`${tdClass} whitespace-nowrap text-right tabular-nums`} title={estimateHelp(p.lagSecondsEstimate)}>
                    {formatLagSeconds(p.lagSeconds, p.lagSecondsEstimate)}
                  </td>
                  <td className={tdClass}>
                    <span className="flex flex-wrap items-center gap-x-2">
                      <GroupStatusBadge status={p.status} />
                      <span className="text-xs text-slate-500 dark:text-slate-400">{p.reason}</span>
                    </span>
                  </td>
                  <td className={`${tdClass} text-xs`}>
                    {p.owner ? (
                      <span title={p.owner.memberId}>
                        {p.owner.clientId} <span className="text-slate-500 dark:text-slate-400">{p.owner.clientHost}</span>
                      </span>
                    ) : (
                      <span className="text-slate-500 dark:text-slate-400">unassigned</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}

function MembersCard({ cluster, d }: { cluster: string; d: GroupDetail }) {
  return (
    <Card title={`Members (${d.members.length})`}>
      {d.members.length === 0 ? (
        <EmptyState title="No members connected">Nobody is consuming for this group right now.</EmptyState>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">Members</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>Member id</th>
                <th scope="col" className={thClass}>Client id</th>
                <th scope="col" className={thClass}>Host</th>
                <th scope="col" className={thClass}>Assigned partitions</th>
              </tr>
            </thead>
            <tbody>
              {d.members.map((m) => (
                <tr key={m.memberId} className={rowClass}>
                  <td className={`${tdClass} font-mono text-xs [overflow-wrap:anywhere]`}>{m.memberId}</td>
                  <td className={`${tdClass} [overflow-wrap:anywhere]`}>{m.clientId}</td>
                  <td className={`${tdClass} font-mono text-xs`}>{m.clientHost}</td>
                  <td className={`${tdClass} text-xs`}>
                    {m.assignment.length === 0
                      ? '—'
                      : m.assignment.map((a) => (
                          <div key={a.topic} className="[overflow-wrap:anywhere]">
                            <Link prefetch={false} href={paths.topic(cluster, a.topic)} className={linkClass}>
                              {a.topic}
                            </Link>
                            : <span className="tabular-nums">{[...a.partitions].sort((x, y) => x - y).join(', ')}</span>
                          </div>
                        ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}

export function GroupDetailView({ cluster, groupId }: { cluster: string; groupId: string }) {
  const sp = useSearchParams();
  const range = readRange(sp, PRESETS, '1h');
  const unit: LagUnit = sp.get('unit') === 'seconds' ? 'seconds' : 'messages';
  const q = useGroup(cluster, groupId);
  const go = (r: RangeSel, u: LagUnit) => navigateTo(withParams(paths.group(cluster, groupId), { ...rangeParams(r, '1h'), unit: u === 'messages' ? undefined : u }), 'replace');

  return (
    <div className="space-y-3">
      <Breadcrumbs items={[{ label: 'Consumer groups', href: paths.groups(cluster) }, { label: groupId }]} />
      <QueryState
        query={q}
        what={`consumer group ${groupId}`}
        notFound={
          <EmptyState title={`Consumer group “${groupId}” is not in this cluster`}>
            <Link href={paths.groups(cluster)} className={linkClass}>
              See the groups that are
            </Link>
          </EmptyState>
        }
      >
        {(d) => (
          <>
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <h1 className="[overflow-wrap:anywhere] text-lg font-semibold" data-testid="group-id">
                {d.groupId}
              </h1>
              <GroupStatusBadge status={d.status} reason={d.statusReason} />
              <Chip>{d.state}</Chip>
              {d.protocol && <Chip>{d.protocol}</Chip>}
            </div>
            <p className="text-sm text-slate-600 dark:text-slate-300">
              Lag <strong className="tabular-nums" data-testid="group-total-lag">{d.totalLag === null ? '—' : formatBig(d.totalLag)}</strong> messages · worst partition{' '}
              <strong className="tabular-nums">{formatLagSeconds(d.maxLagSeconds)}</strong> behind · {d.members.length} member{d.members.length === 1 ? '' : 's'} ·{' '}
              {d.statusReason && <span>{d.statusReason} · </span>}
              <span className="text-slate-500 dark:text-slate-400">
                updated <TimeAgo at={d.updatedAt} />
              </span>
            </p>
          </>
        )}
      </QueryState>
      <LagCard cluster={cluster} groupId={groupId} range={range} unit={unit} onRange={(r) => go(r, unit)} onUnit={(u) => go(range, u)} />
      {q.data && (
        <>
          <PartitionsCard cluster={cluster} d={q.data} />
          <MembersCard cluster={cluster} d={q.data} />
        </>
      )}
    </div>
  );
}
