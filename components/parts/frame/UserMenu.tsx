'use client';

import Link from 'next/link';
import { useState } from 'react';
import { signOut } from '@/lib/client/auth';
import { paths } from '@/lib/client/paths';
import type { Identity } from '@/lib/model/auth';
import { buttonClass, Chip, linkClass } from '@/components/parts/ui';

/** Who is signed in, the admin page for admins, and signing out. Nothing when authentication is off. */
export function UserMenu({ user }: { user: Identity | null | undefined }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!user || user.method === 'none') return null;
  const out = async () => {
    setBusy(true);
    setError(null);
    try {
      await signOut();
    } catch (e) {
      // Already signed out elsewhere (401) is as good as signed out here.
      if (!(e instanceof Error && 'status' in e && e.status === 401)) {
        setError(e instanceof Error ? e.message : String(e));
        setBusy(false);
        return;
      }
    }
    window.location.assign(paths.login());
  };
  return (
    <div data-testid="user-menu" className="flex items-center gap-2 text-xs">
      <span className="text-slate-600 dark:text-slate-300">
        Signed in as <span data-testid="user-name" className="font-semibold text-slate-800 dark:text-slate-100">{user.name}</span>
      </span>
      <Chip tone={user.role === 'admin' ? 'info' : 'neutral'}>{user.role}</Chip>
      {user.role === 'admin' && (
        <Link href={paths.admin()} className={linkClass}>
          Admin
        </Link>
      )}
      <button type="button" className={`${buttonClass} py-0.5 text-xs`} onClick={() => void out()} disabled={busy}>
        {busy ? 'Signing out…' : 'Sign out'}
      </button>
      {error && (
        <span role="alert" className="text-red-700 dark:text-red-400">
          {error}
        </span>
      )}
    </div>
  );
}
