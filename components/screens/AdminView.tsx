'use client';

import { useAdminAlerting, useAuditLog } from '@/lib/client/queries';
import { useAuditLogState } from '@/lib/client/url-state';
import type { Identity } from '@/lib/model/auth';
import { ClusterAlerting } from '@/components/parts/admin/ClusterAlerting';
import { AuditTable } from '@/components/parts/admin/AuditTable';
import { BrandLink } from '@/components/parts/frame/BrandLink';
import { UserMenu } from '@/components/parts/frame/UserMenu';
import { QueryState } from '@/components/parts/QueryState';
import { ThemeToggle } from '@/components/parts/ThemeToggle';
import { Card } from '@/components/parts/ui';

/** Admins only: every cluster's receivers and rules, a test alert per receiver, and the audit log. */
export function AdminView({ user }: { user: Identity }) {
  const alerting = useAdminAlerting();
  const [{ page }, setState] = useAuditLogState();
  const audit = useAuditLog(page);
  return (
    <>
      <header className="sticky top-0 z-30 border-b border-slate-200 bg-white/95 backdrop-blur dark:border-slate-800 dark:bg-slate-900/95">
        <div className="mx-auto flex max-w-[1600px] flex-wrap items-center gap-x-4 gap-y-1.5 px-4 py-2">
          <BrandLink />
          <div className="ml-auto flex items-center gap-3">
            <UserMenu user={user} />
            <ThemeToggle />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-[1600px] space-y-3 px-4 py-4">
        <h1 className="text-lg font-semibold">Admin</h1>
        <QueryState query={alerting} what="alert settings">
          {(d) => (
            <div className="grid gap-3 xl:grid-cols-2">
              {d.clusters.map((c) => (
                <ClusterAlerting key={c.id} c={c} onSent={() => void audit.refetch()} />
              ))}
            </div>
          )}
        </QueryState>
        <Card title="Audit log" id="audit-log">
          <QueryState query={audit} what="the audit log">
            {(d) => <AuditTable entries={d.entries} total={d.total} page={d.page} pageSize={d.pageSize} onPage={(p) => void setState({ page: p })} />}
          </QueryState>
        </Card>
      </main>
    </>
  );
}
