import type { Metadata } from 'next';
import { TopicDetailView } from '@/components/screens/TopicDetailView';
import { decodeParam } from '@/lib/client/paths';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ cluster: string; topic: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { cluster, topic } = await params;
  return { title: `${decodeParam(topic)} · topics · ${decodeParam(cluster)}` };
}

export default async function TopicPage({ params }: Props) {
  const { cluster, topic } = await params;
  return <TopicDetailView cluster={decodeParam(cluster)} topic={decodeParam(topic)} />;
}
