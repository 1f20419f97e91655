import type { Metadata } from 'next';
import { GET as findingsRoute } from '@/app/api/clusters/[cluster]/findings/route';
import { GET as groupsRoute } from '@/app/api/clusters/[cluster]/groups/route';
import { GET as incidentsRoute } from '@/app/api/clusters/[cluster]/incidents/route';
import { GET as overviewRoute } from '@/app/api/clusters/[cluster]/overview/route';
import { GET as topicsRoute } from '@/app/api/clusters/[cluster]/topics/route';
import { ClusterOverview } from '@/components/screens/ClusterOverview';
import { Prefetched } from '@/components/parts/Prefetched';
import { routeJson } from '@/lib/api/route-json';
import {
  findingsKey,
  groupsKey,
  groupsRequest,
  incidentsKey,
  OVERVIEW_INCIDENTS,
  OVERVIEW_RF1,
  OVERVIEW_TOP_FINDINGS,
  OVERVIEW_TOP_GROUPS,
  overviewKey,
  queryString,
  topicsKey,
  topicsRequest,
} from '@/lib/client/list-queries';
import { decodeParam } from '@/lib/client/paths';
import { resolveRange } from '@/lib/client/time-range';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ cluster: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `${decodeParam((await params).cluster)} overview` };
}

/**
 * The figures, what is broken now, the groups furthest behind, the worst findings and the latest
 * incidents are in the HTML (read on the server as the browser would ask for them): the page
 * someone opens in an incident shows them without waiting for its scripts. Their times print in
 * UTC until the browser knows its zone (lib/client/use-local-time.ts). The latest events come
 * from the browser: their list is laid out by local day.
 */
export default async function ClusterPage({ params }: Props) {
  const cluster = decodeParam((await params).cluster);
  const rf1 = topicsRequest(OVERVIEW_RF1);
  const groups = groupsRequest(OVERVIEW_TOP_GROUPS);
  const [overview, rf1Page, groupsPage, findings, incidents] = await Promise.all([
    routeJson(overviewRoute, { cluster }, ''),
    routeJson(topicsRoute, { cluster }, queryString(rf1)),
    routeJson(groupsRoute, { cluster }, queryString(groups)),
    routeJson(findingsRoute, { cluster }, queryString({ ...OVERVIEW_TOP_FINDINGS })),
    routeJson(incidentsRoute, { cluster }, queryString(resolveRange(OVERVIEW_INCIDENTS))),
  ]);
  return (
    <Prefetched
      queries={[
        { key: overviewKey(cluster), data: overview },
        { key: topicsKey(cluster, rf1), data: rf1Page },
        { key: groupsKey(cluster, groups), data: groupsPage },
        { key: findingsKey(cluster, OVERVIEW_TOP_FINDINGS), data: findings },
        { key: incidentsKey(cluster, OVERVIEW_INCIDENTS), data: incidents },
      ]}
    >
      <ClusterOverview cluster={cluster} />
    </Prefetched>
  );
}
