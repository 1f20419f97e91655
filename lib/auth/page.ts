// The check every page makes on the server (in its layout or itself), whatever proxy.ts did before.
import { headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { configuredAuth } from '@/lib/config/auth';
import { hasRole, type Identity, type Role } from '@/lib/model/auth';
import { getDb } from '@/lib/store/client';
import { identify } from './identify';
import { safeNext } from './request';
import { PATH_HEADER } from './settings';

/** The signed-in person, if they may see a page that needs `need`: else to the sign-in page, or 403. */
export async function pageIdentity(need: Role): Promise<Identity> {
  const h = await headers();
  const who = await identify(h, configuredAuth(), getDb());
  if (!who) redirect(`/login?next=${encodeURIComponent(safeNext(h.get(PATH_HEADER)))}`);
  if (!hasRole(who.role, need)) forbidden();
  return who;
}
