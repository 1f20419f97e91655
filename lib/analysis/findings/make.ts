// Building a Finding: the id from rule and subject, commands in both forms.
import { findingId, type Finding, type FindingRule, type FindingSeverity, type FindingSubject, type FixFile } from '@/lib/model/findings';
import { fixCommands, type ToolCommand } from './commands';

export interface FindingParts {
  severity: FindingSeverity;
  subject: FindingSubject;
  title: string;
  impact: string;
  fix: { summary: string; commands?: ToolCommand[]; files?: FixFile[] };
  facts?: Finding['facts'];
}

export function finding(rule: FindingRule, bootstrap: string, p: FindingParts): Finding {
  return {
    id: findingId(rule, p.subject),
    rule,
    severity: p.severity,
    subject: p.subject,
    title: p.title,
    impact: p.impact,
    fix: { summary: p.fix.summary, commands: fixCommands(bootstrap, p.fix.commands ?? []), ...(p.fix.files ? { files: p.fix.files } : {}) },
    facts: p.facts ?? {},
  };
}

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** "0, 1, 2 and 9 more" for partition lists in titles. */
export function some(xs: (string | number)[], max = 5): string {
  if (xs.length <= max) return xs.join(', ');
  return `${xs.slice(0, max).join(', ')} and ${xs.length - max} more`;
}
