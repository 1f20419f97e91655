import type { Metadata } from 'next';
import { GET as findingsRoute } from '@/app/api/clusters/[cluster]/findings/route';
import { GET as groupRoute } from '@/app/api/clusters/[cluster]/groups/[group]/route';
import { GroupDetailView } from '@/components/screens/GroupDetailView';
import { Prefetched } from '@/components/parts/Prefetched';
import { routeJson } from '@/lib/api/route-json';
import { findingsKey, groupKey, queryString } from '@/lib/client/list-queries';
import { decodeParam } from '@/lib/client/paths';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ cluster: string; group: string }> };

// Route params arrive percent-encoded: decode exactly once (a group id may itself contain '%').
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { cluster, group } = await params;
  return { title: `${decodeParam(group)} · groups · ${decodeParam(cluster)}` };
}

/**
 * The page an alert links to: the group's status, lag and partitions, and its findings, are in the
 * HTML (read on the server as the browser would ask for them); the lag chart comes from the browser.
 */
export default async function GroupPage({ params }: Props) {
  const { cluster: rawCluster, group } = await params;
  const cluster = decodeParam(rawCluster);
  const groupId = decodeParam(group);
  const findings = { group: groupId };
  const [detail, subjectFindings] = await Promise.all([
    routeJson(groupRoute, { cluster, group: groupId }, ''),
    routeJson(findingsRoute, { cluster }, queryString(findings)),
  ]);
  return (
    <Prefetched
      queries={[
        { key: groupKey(cluster, groupId), data: detail },
        { key: findingsKey(cluster, findings), data: subjectFindings },
      ]}
    >
      <GroupDetailView cluster={cluster} groupId={groupId} />
    </Prefetched>
  );
}
