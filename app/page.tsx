import { redirect } from 'next/navigation';
import { ClusterList } from '@/components/screens/ClusterList';
import { configuredClusters } from '@/lib/config/clusters';

export const dynamic = 'force-dynamic';

export default function HomePage() {
  const clusters = configuredClusters();
  // With a single cluster the list is one click of ceremony; go straight to it.
  if (clusters.length === 1 && clusters[0]) redirect(`/clusters/${encodeURIComponent(clusters[0].id)}`);
  return (
    <main className="mx-auto max-w-6xl p-4">
      <h1 className="mb-4 text-2xl font-semibold">Kafkascope</h1>
      <ClusterList />
    </main>
  );
}
