import type { Metadata } from 'next';
import { GET as groupsRoute } from '@/app/api/clusters/[cluster]/groups/route';
import { GroupsView } from '@/components/screens/GroupsView';
import { Prefetched } from '@/components/parts/Prefetched';
import { routeJson } from '@/lib/api/route-json';
import { groupsKey, groupsRequest, loadGroupListState, queryString } from '@/lib/client/list-queries';
import { decodeParam } from '@/lib/client/paths';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ cluster: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Consumer groups · ${decodeParam((await params).cluster)}` };
}

/** The first page of the list is in the HTML (read on the server as the browser would ask for it). */
export default async function GroupsPage({ params, searchParams }: Props) {
  const cluster = decodeParam((await params).cluster);
  const request = groupsRequest(loadGroupListState(await searchParams));
  const first = await routeJson(groupsRoute, { cluster }, queryString(request));
  return (
    <Prefetched queries={[{ key: groupsKey(cluster, request), data: first }]}>
      <GroupsView cluster={cluster} />
    </Prefetched>
  );
}
