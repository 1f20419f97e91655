'use client';

import Link from 'next/link';
import { formatBig } from '@/lib/client/format';
import { formatDuration } from '@/lib/model/duration';
import { paths } from '@/lib/client/paths';
import { useGroup } from '@/lib/client/queries';
import type { GroupDetail } from '@/lib/views/groups';
import { SubjectFindings } from '@/components/parts/findings/SubjectFindings';
import { GroupMembers } from '@/components/parts/groups/GroupMembers';
import { GroupPartitions } from '@/components/parts/groups/GroupPartitions';
import { GroupStatusBadge } from '@/components/parts/groups/GroupStatusBadge';
import { LagCard } from '@/components/parts/groups/LagCard';
import { LagSeconds } from '@/components/parts/groups/LagSeconds';
import { QueryState } from '@/components/parts/QueryState';
import { TimeAgo } from '@/components/parts/TimeAgo';
import { Breadcrumbs, Chip, EmptyState, linkClass } from '@/components/parts/ui';

function Header({ d }: { d: GroupDetail }) {
  return (
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
        <strong className="tabular-nums">
          <LagSeconds seconds={d.maxLagSeconds} estimate={d.maxLagSecondsEstimate} />
        </strong> behind · {d.members.length} member{d.members.length === 1 ? '' : 's'} ·{' '}
        {d.statusReason && <span>{d.statusReason} · </span>}
        <span className="text-slate-500 dark:text-slate-400">
          updated <TimeAgo at={d.updatedAt} />
        </span>
      </p>
      <CatchUpLine c={d.catchUp} />
    </>
  );
}

/** When it will have caught up at the pace of the last minutes (an estimate), or that it will not. */
function CatchUpLine({ c }: { c: GroupDetail['catchUp'] }) {
  if (c === null || c.kind === 'caught-up') return null;
  return (
    <p className="text-sm" data-testid="catch-up">
      {c.kind === 'catching-up' ? (
        <>
          Catching up: about <strong>{formatDuration(c.seconds * 1000)}</strong> to zero lag at the last minutes&apos; pace ({c.drainPerSecond} messages/s drained) — an estimate.
        </>
      ) : (
        <span className="text-amber-800 dark:text-amber-300">Not catching up: lag is steady or growing{c.growthPerSecond > 0 ? ` (+${c.growthPerSecond} messages/s)` : ''}.</span>
      )}
    </p>
  );
}

export function GroupDetailView({ cluster, groupId }: { cluster: string; groupId: string }) {
  const q = useGroup(cluster, groupId);
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
        {(d) => <Header d={d} />}
      </QueryState>
      <LagCard cluster={cluster} groupId={groupId} />
      {q.data && (
        <>
          <SubjectFindings cluster={cluster} subject={{ group: groupId }} what={groupId} />
          <GroupPartitions cluster={cluster} d={q.data} />
          <GroupMembers cluster={cluster} d={q.data} />
        </>
      )}
    </div>
  );
}
