import type { Metadata } from 'next';
import { FindingsView } from '@/components/screens/FindingsView';
import { decodeParam } from '@/lib/client/paths';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ cluster: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Findings · ${decodeParam((await params).cluster)}` };
}

export default async function FindingsPage({ params }: Props) {
  return <FindingsView cluster={decodeParam((await params).cluster)} />;
}
