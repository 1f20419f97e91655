import type { Metadata } from 'next';
import Link from 'next/link';
import { ClusterOverview } from '@/components/ClusterOverview';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ cluster: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { cluster } = await params;
  return { title: `${decodeURIComponent(cluster)} overview` };
}

export default async function ClusterPage({ params }: Props) {
  const { cluster } = await params;
  return (
    <main className="mx-auto max-w-6xl p-4">
      <nav className="mb-3 text-sm"><Link href="/" className="text-sky-700 hover:underline dark:text-sky-400">All clusters</Link></nav>
      <ClusterOverview cluster={decodeURIComponent(cluster)} />
    </main>
  );
}
