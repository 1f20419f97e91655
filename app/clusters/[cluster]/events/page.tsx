import type { Metadata } from 'next';
import { EventsView } from '@/components/screens/EventsView';
import { decodeParam } from '@/lib/client/paths';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ cluster: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Events · ${decodeParam((await params).cluster)}` };
}

export default async function EventsPage({ params }: Props) {
  return <EventsView cluster={decodeParam((await params).cluster)} />;
}
