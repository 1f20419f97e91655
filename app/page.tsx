import { redirect } from 'next/navigation';
import { ClusterList } from '@/components/screens/ClusterList';
import { pageIdentity } from '@/lib/auth/page';
import { configuredClusters } from '@/lib/config/clusters';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const user = await pageIdentity('viewer');
  const clusters = configuredClusters();
  // With a single cluster the list is one click of ceremony; go straight to it.
  if (clusters.length === 1 && clusters[0]) redirect(`/clusters/${encodeURIComponent(clusters[0].id)}`);
  return (
    <main className="mx-auto max-w-6xl p-4">
      <ClusterList user={user} />
    </main>
  );
}
