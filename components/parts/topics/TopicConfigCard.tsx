import type { ReactNode } from 'react';
import { formatRetention } from '@/lib/client/format';
import type { TopicDetail } from '@/lib/views/topic-detail';
import { Card, Chip, EmptyState } from '@/components/parts/ui';

type Configs = NonNullable<TopicDetail['configs']>;

function Row({ name, value, overridden, note }: { name: string; value: ReactNode; overridden: boolean; note?: ReactNode }) {
  return (
    <div className="grid grid-cols-[minmax(0,14rem)_1fr] gap-x-3 border-t border-slate-100 px-3 py-1.5 first:border-t-0 dark:border-slate-800">
      <dt className="truncate font-mono text-xs leading-5 text-slate-600 dark:text-slate-400" title={name}>
        {name}
      </dt>
      <dd className="text-sm">
        <span className="flex flex-wrap items-center gap-1.5">
          {value}
          {overridden ? (
            <Chip tone="info" title="Set on this topic (overrides the broker default)">
              override
            </Chip>
          ) : (
            <span className="text-xs text-slate-500 dark:text-slate-400" title="Inherited from the broker or cluster default">
              default
            </span>
          )}
        </span>
        {note && <span className="mt-0.5 block text-xs">{note}</span>}
      </dd>
    </div>
  );
}

/** The settings that decide whether this topic survives a bad day. */
export function TopicConfigCard({ configs, replicationFactor }: { configs: Configs | null; replicationFactor: number }) {
  if (!configs)
    return (
      <Card title="Configuration">
        <EmptyState title="Configuration not read yet">It is read with each poll; if this persists, the brokers refused DescribeConfigs for this topic.</EmptyState>
      </Card>
    );
  const o = new Set(configs.overridden);
  const min = configs.minInsyncReplicas;
  const minNote =
    min !== null && replicationFactor > 1 && min >= replicationFactor ? (
      <span className="text-amber-700 dark:text-amber-300">≥ replication factor {replicationFactor}: one broker down blocks acks=all writes.</span>
    ) : min !== null && replicationFactor === 1 ? (
      <span className="text-red-700 dark:text-red-400">Replication factor 1: the topic is unavailable whenever its only broker is.</span>
    ) : null;
  return (
    <Card title="Configuration">
      <dl>
        <Row name="min.insync.replicas" value={<span className="tabular-nums">{min ?? 'unknown'}</span>} overridden={o.has('min.insync.replicas')} note={minNote} />
        <Row
          name="retention.ms"
          value={<span title={configs.retentionMs ?? undefined}>{formatRetention(configs.retentionMs)}</span>}
          overridden={o.has('retention.ms')}
        />
        <Row name="cleanup.policy" value={<span>{configs.cleanupPolicy ?? 'unknown'}</span>} overridden={o.has('cleanup.policy')} />
        <Row
          name="unclean.leader.election.enable"
          value={
            configs.uncleanLeaderElection === true ? (
              <Chip tone="bad">true · risk</Chip>
            ) : (
              <span>{configs.uncleanLeaderElection === null ? 'unknown' : 'false'}</span>
            )
          }
          overridden={o.has('unclean.leader.election.enable')}
          note={
            configs.uncleanLeaderElection === true ? (
              <span className="text-red-700 dark:text-red-400">An out-of-sync replica may become leader: acknowledged messages can be lost.</span>
            ) : null
          }
        />
      </dl>
    </Card>
  );
}
