import type { Metadata } from 'next';
import { IncidentsView } from '@/components/screens/IncidentsView';
import { decodeParam } from '@/lib/client/paths';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ cluster: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Incidents · ${decodeParam((await params).cluster)}` };
}

export default async function IncidentsPage({ params }: Props) {
  return <IncidentsView cluster={decodeParam((await params).cluster)} />;
}
