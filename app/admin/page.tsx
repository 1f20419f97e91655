import type { Metadata } from 'next';
import { AdminView } from '@/components/screens/AdminView';
import { pageIdentity } from '@/lib/auth/page';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Admin' };

export default async function AdminPage() {
  const user = await pageIdentity('admin');
  return <AdminView user={user} />;
}
