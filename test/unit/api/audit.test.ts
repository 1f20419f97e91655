import { afterEach, describe, expect, it, vi } from 'vitest';
import { writtenAudit } from '@/lib/api/audit';

const g = globalThis as unknown as { kafkascopeDb?: unknown };

describe('an audit row something depends on (a sign-out)', () => {
  afterEach(() => {
    delete g.kafkascopeDb;
    vi.restoreAllMocks();
  });

  it('says whether it was written, instead of swallowing the failure', async () => {
    const create = vi.fn().mockResolvedValueOnce({}).mockRejectedValueOnce(new Error('connection refused'));
    g.kafkascopeDb = { auditEntry: { create } };
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const row = { action: 'logout' as const, user: 'alice', ip: null, method: 'password' as const, sessionId: 'sid-1' };
    expect(await writtenAudit(row)).toBe(true);
    expect(await writtenAudit(row)).toBe(false);
    expect(create).toHaveBeenCalledTimes(2);
    expect(log).toHaveBeenCalledOnce();
  });
});
