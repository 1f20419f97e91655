import type { Metadata } from 'next';
import { GET as topicsRoute } from '@/app/api/clusters/[cluster]/topics/route';
import { TopicsView } from '@/components/screens/TopicsView';
import { Prefetched } from '@/components/parts/Prefetched';
import { routeJson } from '@/lib/api/route-json';
import { loadTopicListState, queryString, topicsKey, topicsRequest } from '@/lib/client/list-queries';
import { decodeParam } from '@/lib/client/paths';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ cluster: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Topics · ${decodeParam((await params).cluster)}` };
}

/** The first page of the list is in the HTML (read on the server as the browser would ask for it). */
export default async function TopicsPage({ params, searchParams }: Props) {
  const cluster = decodeParam((await params).cluster);
  const request = topicsRequest(loadTopicListState(await searchParams));
  const first = await routeJson(topicsRoute, { cluster }, queryString(request));
  return (
    <Prefetched queries={[{ key: topicsKey(cluster, request), data: first }]}>
      <TopicsView cluster={cluster} />
    </Prefetched>
  );
}
