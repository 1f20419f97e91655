import type { Metadata } from 'next';
import { IncidentDetailView } from '@/components/screens/IncidentDetailView';
import { decodeParam } from '@/lib/client/paths';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ cluster: string; incident: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { cluster, incident } = await params;
  return { title: `Incident ${decodeParam(incident)} · ${decodeParam(cluster)}` };
}

export default async function IncidentPage({ params }: Props) {
  const { cluster, incident } = await params;
  return <IncidentDetailView cluster={decodeParam(cluster)} id={decodeParam(incident)} />;
}
