'use client';

import { useFindings } from '@/lib/client/queries';
import { FindingList } from '@/components/parts/findings/FindingCard';
import { Card } from '@/components/parts/ui';

type Subject = { topic: string } | { broker: number } | { group: string };

/** The findings about one topic, broker or group; nothing at all when there are none. */
export function SubjectFindings({ cluster, subject, what }: { cluster: string; subject: Subject; what: string }) {
  const q = useFindings(cluster, subject);
  const findings = q.data?.findings ?? [];
  if (findings.length === 0) return null;
  return (
    <Card title={`Risks for ${what} (${findings.length})`} id="findings">
      <FindingList cluster={cluster} findings={findings} label={`Findings for ${what}`} linkSubject={false} />
    </Card>
  );
}
