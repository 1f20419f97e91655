import type { Metadata } from 'next';
import { GroupsView } from '@/components/screens/GroupsView';
import { decodeParam } from '@/lib/client/paths';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ cluster: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Consumer groups · ${decodeParam((await params).cluster)}` };
}

export default async function GroupsPage({ params }: Props) {
  return <GroupsView cluster={decodeParam((await params).cluster)} />;
}
