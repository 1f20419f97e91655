// Signed-out sessions. A session cookie is self-contained, so signing out also records its id:
// at once in this process, and through the audit log for every other web instance sharing the
// database (each reads new sign-outs at most every LOGOUT_SYNC_MS).
import type { Db } from '@/lib/store/client';
import { loggedOutSince } from '@/lib/store/audit';
import { LOGOUT_SYNC_MS } from './settings';

interface Logouts {
  /** Session id → when it could have expired anyway (then it is forgotten). */
  ended: Map<string, number>;
  syncedAt: number;
  syncing: Promise<void> | null;
}

const g = globalThis as unknown as { kafkascopeLogouts?: Logouts };
const state = (): Logouts => (g.kafkascopeLogouts ??= { ended: new Map(), syncedAt: 0, syncing: null });

export function endSession(sid: string, forgetAfter: number): void {
  state().ended.set(sid, forgetAfter);
}

async function sync(db: Db, now: number, absoluteMs: number): Promise<void> {
  const s = state();
  const since = s.syncedAt === 0 ? now - absoluteMs : s.syncedAt - 60_000;
  try {
    for (const r of await loggedOutSince(db, new Date(since))) s.ended.set(r.sessionId, r.at.getTime() + absoluteMs);
    s.syncedAt = now;
  } catch {
    // The database is away: keep what is known and ask again next time.
  }
  for (const [sid, until] of s.ended) if (until < now) s.ended.delete(sid);
}

export async function isSignedOut(sid: string, db: Db | null, absoluteMs: number, now = Date.now()): Promise<boolean> {
  const s = state();
  if (db && now - s.syncedAt >= LOGOUT_SYNC_MS) {
    s.syncing ??= sync(db, now, absoluteMs).finally(() => (s.syncing = null));
    await s.syncing;
  }
  return s.ended.has(sid);
}
