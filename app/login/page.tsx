import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { LoginView } from '@/components/screens/LoginView';
import { authRequired, identify } from '@/lib/auth/identify';
import { safeNext } from '@/lib/auth/request';
import { configuredAuth } from '@/lib/config/auth';
import { getDb } from '@/lib/store/client';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Sign in' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : null);

export default async function LoginPage({ searchParams }: Props) {
  const sp = await searchParams;
  const next = safeNext(one(sp.next));
  const auth = configuredAuth();
  // Nothing to sign in to, or signed in already: straight on.
  if (!authRequired(auth) || (await identify(await headers(), auth, getDb()))) redirect(next);
  const error = one(sp.error);
  return <LoginView methods={{ password: auth.users.length > 0, oidc: auth.oidc ? { label: auth.oidc.label } : null }} next={next} error={error && /^[a-z-]{1,20}$/.test(error) ? error : null} />;
}
