import type { Metadata } from 'next';
import { GET as groupsRoute } from '@/app/api/clusters/[cluster]/groups/route';
import { GET as overviewRoute } from '@/app/api/clusters/[cluster]/overview/route';
import { GET as topicsRoute } from '@/app/api/clusters/[cluster]/topics/route';
import { ClusterOverview } from '@/components/screens/ClusterOverview';
import { Prefetched } from '@/components/parts/Prefetched';
import { routeJson } from '@/lib/api/route-json';
import {
  groupsKey,
  groupsRequest,
  OVERVIEW_RF1,
  OVERVIEW_TOP_GROUPS,
  overviewKey,
  queryString,
  topicsKey,
  topicsRequest,
} from '@/lib/client/list-queries';
import { decodeParam } from '@/lib/client/paths';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ cluster: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `${decodeParam((await params).cluster)} overview` };
}

/**
 * The figures, what is broken now and the groups furthest behind are in the HTML (read on the
 * server as the browser would ask for them): the page someone opens in an incident shows them
 * without waiting for its scripts. Findings, incidents and events come from the browser: they
 * print times in its time zone, which the server does not know.
 */
export default async function ClusterPage({ params }: Props) {
  const cluster = decodeParam((await params).cluster);
  const rf1 = topicsRequest(OVERVIEW_RF1);
  const groups = groupsRequest(OVERVIEW_TOP_GROUPS);
  const [overview, rf1Page, groupsPage] = await Promise.all([
    routeJson(overviewRoute, { cluster }, ''),
    routeJson(topicsRoute, { cluster }, queryString(rf1)),
    routeJson(groupsRoute, { cluster }, queryString(groups)),
  ]);
  return (
    <Prefetched
      queries={[
        { key: overviewKey(cluster), data: overview },
        { key: topicsKey(cluster, rf1), data: rf1Page },
        { key: groupsKey(cluster, groups), data: groupsPage },
      ]}
    >
      <ClusterOverview cluster={cluster} />
    </Prefetched>
  );
}
