import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { ClusterFrame } from '@/components/screens/ClusterFrame';
import { decodeParam } from '@/lib/client/paths';
import { configuredClusters } from '@/lib/config/clusters';

export const dynamic = 'force-dynamic';

export default async function ClusterLayout({ children, params }: { children: ReactNode; params: Promise<{ cluster: string }> }) {
  const cluster = decodeParam((await params).cluster);
  if (!configuredClusters().some((c) => c.id === cluster)) notFound();
  return <ClusterFrame cluster={cluster}>{children}</ClusterFrame>;
}
