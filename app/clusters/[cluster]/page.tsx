import type { Metadata } from 'next';
import { ClusterOverview } from '@/components/screens/ClusterOverview';
import { decodeParam } from '@/lib/client/paths';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ cluster: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `${decodeParam((await params).cluster)} overview` };
}

export default async function ClusterPage({ params }: Props) {
  return <ClusterOverview cluster={decodeParam((await params).cluster)} />;
}
