import type { Metadata } from 'next';
import { TopicsView } from '@/components/screens/TopicsView';
import { decodeParam } from '@/lib/client/paths';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ cluster: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Topics · ${decodeParam((await params).cluster)}` };
}

export default async function TopicsPage({ params }: Props) {
  return <TopicsView cluster={decodeParam((await params).cluster)} />;
}
