import type { Metadata } from 'next';
import { BrokersView } from '@/components/screens/BrokersView';
import { decodeParam } from '@/lib/client/paths';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ cluster: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Brokers · ${decodeParam((await params).cluster)}` };
}

export default async function BrokersPage({ params }: Props) {
  return <BrokersView cluster={decodeParam((await params).cluster)} />;
}
