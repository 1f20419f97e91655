'use client';

import { useState } from 'react';
import { sendTestAlert } from '@/lib/client/auth';
import type { TestAlertResult } from '@/lib/views/admin';
import { buttonClass } from '@/components/parts/ui';

/** "Send test alert" for one receiver, and what the receiver answered. */
export function ReceiverTest({ cluster, receiver, onSent }: { cluster: string; receiver: string; onSent?: () => void }) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<TestAlertResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const send = async () => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await sendTestAlert(cluster, receiver));
      onSent?.();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button type="button" className={`${buttonClass} py-0.5 text-xs`} onClick={() => void send()} disabled={busy} aria-label={`Send a test alert to ${receiver}`}>
        {busy ? 'Sending…' : 'Send test alert'}
      </button>
      <span role="status" data-test-result={result ? (result.ok ? 'ok' : 'failed') : error ? 'error' : undefined} className="text-xs">
        {result?.ok && (
          <span className="text-emerald-700 dark:text-emerald-400">
            Delivered: HTTP {result.statusCode} in {result.durationMs} ms
          </span>
        )}
        {result && !result.ok && <span className="text-red-700 dark:text-red-400">Not delivered: {result.error}</span>}
        {error && <span className="text-red-700 dark:text-red-400">{error}</span>}
      </span>
    </div>
  );
}
