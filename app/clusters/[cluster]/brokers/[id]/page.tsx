import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { BrokerDetailView } from '@/components/screens/BrokerDetailView';
import { decodeParam } from '@/lib/client/paths';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ cluster: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { cluster, id } = await params;
  return { title: `Broker ${decodeParam(id)} · ${decodeParam(cluster)}` };
}

export default async function BrokerPage({ params }: Props) {
  const { cluster, id } = await params;
  if (!/^\d{1,10}$/.test(id) || Number(id) > 2 ** 31 - 1) notFound();
  return <BrokerDetailView cluster={decodeParam(cluster)} id={Number(id)} />;
}
