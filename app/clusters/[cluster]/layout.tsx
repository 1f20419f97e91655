import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { ClusterFrame } from '@/components/screens/ClusterFrame';
import { pageIdentity } from '@/lib/auth/page';
import { decodeParam } from '@/lib/client/paths';
import { configuredClusters } from '@/lib/config/clusters';

export const dynamic = 'force-dynamic';

export default async function ClusterLayout({ children, params }: { children: ReactNode; params: Promise<{ cluster: string }> }) {
  // Every cluster page: signed in first (before saying whether the cluster exists).
  const user = await pageIdentity('viewer');
  const cluster = decodeParam((await params).cluster);
  if (!configuredClusters().some((c) => c.id === cluster)) notFound();
  return (
    <ClusterFrame cluster={cluster} user={user}>
      {children}
    </ClusterFrame>
  );
}
