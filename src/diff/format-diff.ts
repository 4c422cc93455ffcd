/** The diff as Markdown for a pull-request comment (capped below GitHub's limit) and as JSON. */
import { CATEGORIES, CATEGORY_TITLES, type Change } from './change.js';
import type { PolicyDiff } from './diff-policies.js';

/** GitHub rejects comments over 65,536 characters; leave room for a wrapper around this text. */
export const MARKDOWN_LIMIT = 60_000;

export interface DiffLabels {
  base: string;
  head: string;
}

const BADGE = { breaking: '🔴 breaking', notable: '🟡 notable', info: '⚪ info' } as const;

function cell(text: string | undefined): string {
  return (text ?? '').replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function row(c: Change): string {
  return `| ${BADGE[c.severity]} | ${cell(c.subject)} | ${cell(c.before)} → ${cell(c.after)} | ${cell(c.channels?.join(', ') ?? '')} | ${cell(c.message)} |`;
}

export function diffMarkdown(diff: PolicyDiff, labels: DiffLabels, limit = MARKDOWN_LIMIT): string {
  const { breaking, notable, info } = diff.summary;
  const head = [`## supportops: what this change means`, '', `Comparing \`${cell(labels.base)}\` → \`${cell(labels.head)}\`: **${breaking} breaking**, ${notable} notable, ${info} info.`];
  if (diff.invalid.head > 0) head.push('', `⚠️ ${diff.invalid.head} schema error${diff.invalid.head === 1 ? '' : 's'} in the new version: documents that do not validate are left out. Run \`supportops check\`.`);
  if (diff.changes.length === 0) return [...head, '', 'No changes to promises, hours, ownership, staffing or demand.', ''].join('\n');
  const out = [...head];
  let length = out.join('\n').length;
  let shown = 0;
  const tail = (rest: number) => `\n_${rest} more change${rest === 1 ? '' : 's'} not shown: the comment is capped. Run \`supportops diff --format json\` for the full list._\n`;
  outer: for (const category of CATEGORIES) {
    const rows = diff.changes.filter((c) => c.category === category);
    if (rows.length === 0) continue;
    const section = ['', `### ${CATEGORY_TITLES[category]}`, '', '| severity | what | before → after | channels | meaning |', '|---|---|---|---|---|'];
    const sectionLength = section.join('\n').length + 1;
    for (const [i, change] of rows.entries()) {
      const line = row(change);
      const extra = (i === 0 ? sectionLength : 0) + line.length + 1;
      if (length + extra + tail(diff.changes.length).length > limit) break outer;
      if (i === 0) out.push(...section);
      out.push(line);
      length += extra;
      shown++;
    }
  }
  const rest = diff.changes.length - shown;
  return out.join('\n') + '\n' + (rest > 0 ? tail(rest) : '');
}

export function diffJson(diff: PolicyDiff, labels: DiffLabels): string {
  return JSON.stringify({ formatVersion: 1, tool: 'supportops', base: labels.base, head: labels.head, summary: diff.summary, invalid: diff.invalid, changes: diff.changes }, null, 2) + '\n';
}
