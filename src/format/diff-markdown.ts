/**
 * The diff as Markdown for a pull-request comment, capped below GitHub's limit. The budget is
 * filled by severity across every category — breaking first, then notable, then info — so a
 * flood of minor rows can never hide a breaking one; what is left out is counted.
 */
import { CATEGORIES, CATEGORY_TITLES, RANK, SEVERITIES, type Change, type ChangeSeverity } from '../diff/change.js';
import type { DiffLabels } from './diff-json.js';
import type { PolicyDiff } from '../diff/diff-policies.js';
import { mdCell, mdCode } from '../generate/escape/escape-markdown.js';

/** GitHub rejects comments over 65,536 characters; leave room for a wrapper around this text. */
export const MARKDOWN_LIMIT = 60_000;

/** Long customer sentences stay readable in a table; the JSON has them whole. */
const CELL_LIMIT = 400;

const BADGE = { breaking: '🔴 breaking', notable: '🟡 notable', info: '⚪ info' } as const;

/** Policy text in a cell, escaped as every generated Markdown is: links, images, backticks and HTML stay text. */
function cell(text = ''): string {
  return mdCell(text.length > CELL_LIMIT ? `${text.slice(0, CELL_LIMIT - 1)}…` : text);
}

function row(c: Change): string {
  return `| ${BADGE[c.severity]} | ${cell(c.subject)} | ${cell(c.before)} → ${cell(c.after)} | ${cell(c.channels?.join(', '))} | ${cell(c.message)} |`;
}

function section(category: Change['category']): string[] {
  return ['', `### ${CATEGORY_TITLES[category]}`, '', '| severity | what | before → after | channels | meaning |', '|---|---|---|---|---|'];
}

function tail(left: Record<ChangeSeverity, number>): string {
  const rest = SEVERITIES.reduce((n, s) => n + left[s], 0);
  const parts = SEVERITIES.filter((s) => left[s] > 0).map((s) => `${left[s]} ${s}`).join(', ');
  return `\n_${rest} more change${rest === 1 ? '' : 's'} not shown (${parts}): the comment is capped. Run \`supportops diff --format json\` for the full list._\n`;
}

function header(diff: PolicyDiff, labels: DiffLabels): string[] {
  const { breaking, notable, info } = diff.summary;
  const out = [`## supportops: what this change means`, '', `Comparing ${mdCode(labels.base)} → ${mdCode(labels.head)}: **${breaking} breaking**, ${notable} notable, ${info} info.`];
  for (const [side, n] of [['new', diff.invalid.head], ['old', diff.invalid.base]] as const) {
    if (n > 0) out.push('', `⚠️ ${n} schema error${n === 1 ? '' : 's'} in the ${side} version: documents that do not validate are left out. Run \`supportops check\`${side === 'old' ? ' on the base' : ''}.`);
  }
  for (const s of diff.skipped) out.push('', `⚠️ ${s.part === 'feasibility' ? 'Feasibility' : 'Customer-facing text'} not compared: ${cell(s.reason)}.`);
  const check = labels.headCheck;
  if (check?.problem) out.push('', `⚠️ The new version could not be checked: ${cell(check.problem)}`);
  else if (check && check.errors > 0) out.push('', `⚠️ The new version does not pass \`supportops check\`: ${check.errors} error${check.errors === 1 ? '' : 's'}. Run \`supportops check\` on it.`);
  return out;
}

/** Which rows fit, rendered: in severity order, stopping at the first that does not (lower rows never jump the queue). */
function fit(changes: Change[], used: number, limit: number): Map<Change, string> {
  const kept = new Map<Change, string>();
  const opened = new Set<Change['category']>();
  // A stable sort: within a severity, rows keep the diff's order.
  const order = [...changes].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  let length = used;
  for (const change of order) {
    const text = row(change);
    const cost = text.length + 1 + (opened.has(change.category) ? 0 : section(change.category).join('\n').length + 1);
    if (length + cost > limit) break;
    kept.set(change, text);
    opened.add(change.category);
    length += cost;
  }
  return kept;
}

export function diffMarkdown(diff: PolicyDiff, labels: DiffLabels, limit = MARKDOWN_LIMIT): string {
  const head = header(diff, labels);
  if (diff.changes.length === 0) return [...head, '', 'No changes to promises, hours, ownership, staffing, demand or customer-facing text.', ''].join('\n');
  // Reserve room for the longest note the cap could need.
  const reserve = tail(diff.summary).length;
  const kept = fit(diff.changes, head.join('\n').length + 1 + reserve, limit);
  const out = [...head];
  for (const category of CATEGORIES) {
    const rows = diff.changes.filter((c) => c.category === category && kept.has(c));
    if (rows.length) out.push(...section(category), ...rows.map((c) => kept.get(c)!));
  }
  const left: Record<ChangeSeverity, number> = { breaking: 0, notable: 0, info: 0 };
  for (const c of diff.changes) if (!kept.has(c)) left[c.severity]++;
  return `${out.join('\n')}\n${kept.size < diff.changes.length ? tail(left) : ''}`;
}
