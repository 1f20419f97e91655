import type { Metadata } from 'next';
import { GroupDetailView } from '@/components/screens/GroupDetailView';
import { decodeParam } from '@/lib/client/paths';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ cluster: string; group: string }> };

// Route params arrive percent-encoded: decode exactly once (a group id may itself contain '%').
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { cluster, group } = await params;
  return { title: `${decodeParam(group)} · groups · ${decodeParam(cluster)}` };
}

export default async function GroupPage({ params }: Props) {
  const { cluster, group } = await params;
  return <GroupDetailView cluster={decodeParam(cluster)} groupId={decodeParam(group)} />;
}
