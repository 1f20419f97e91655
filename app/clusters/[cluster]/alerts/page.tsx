import type { Metadata } from 'next';
import { AlertsView } from '@/components/screens/AlertsView';
import { decodeParam } from '@/lib/client/paths';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ cluster: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Alerts · ${decodeParam((await params).cluster)}` };
}

export default async function AlertsPage({ params }: Props) {
  return <AlertsView cluster={decodeParam((await params).cluster)} />;
}
