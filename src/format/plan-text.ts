/**
 * A plan for people: `stylish` for the terminal and `markdown` for a pull-request summary or
 * comment. Pure functions of the plan; values are shown as compact JSON, long ones cut short
 * (the JSON output has them whole).
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { mdCode, mdText } from '../generate/escape/escape-markdown.js';
import { mdDocument, mdTable } from '../generate/markdown-blocks.js';
import { plural } from '../generate/words/lists.js';
import type { ProductApi } from '../helpdesk/api.js';
import type { JsonValue } from '../helpdesk/target.js';
import { summarizePlan, type Plan, type PlanChange } from '../helpdesk/plan/plan.js';

const VALUE_LIMIT = 160;

export function valueText(value: JsonValue): string {
  const json = value === null ? '(none)' : JSON.stringify(value);
  return json.length > VALUE_LIMIT ? `${json.slice(0, VALUE_LIMIT - 1)}…` : json;
}

function headline(p: Plan, api: ProductApi): string {
  const s = summarizePlan(p);
  const manual = s.manual ? `; ${s.manual} to do by hand (the API cannot)` : '';
  const left = p.prune ? '' : `; ${s.unmanaged} unmanaged, left alone`;
  return `${api.label} plan: ${s.create} to create, ${s.update} to update, ${s.delete} to delete${left}${manual}.`;
}

const SIGN: Record<PlanChange['action'], string> = { create: '+', update: '~', delete: '-', unmanaged: ' ' };

function label(api: ProductApi, change: PlanChange): string {
  return api.resources.find((r) => r.type === change.type)?.label ?? change.type;
}

export function planStylish(p: Plan, api: ProductApi): string {
  const lines = [headline(p, api)];
  const width = Math.max(0, ...p.changes.map((c) => label(api, c).length));
  for (const change of p.changes) {
    const id = change.id === null ? '' : `  (id ${change.id})`;
    lines.push(`  ${SIGN[change.action]} ${change.action.padEnd(9)} ${label(api, change).padEnd(width)}  ${change.name}${id}`);
    for (const field of change.fields) lines.push(`      ${field.path}: ${valueText(field.before)} → ${valueText(field.after)}`);
    if (change.manual) lines.push(`      by hand: ${change.manual}`);
  }
  if (p.changes.every((c) => c.action === 'unmanaged')) lines.push('  Nothing to change: the helpdesk matches the policies.');
  return `${lines.join('\n')}\n`;
}

/** Below GitHub's 65,536-character comment limit, with room for the Action's own text around it. */
export const PLAN_MARKDOWN_LIMIT = 60_000;

const NONE: Record<PlanChange['action'], string> = { create: 'new', update: '', delete: 'removed', unmanaged: '' };
const ICON = { error: '❌ error', warn: '⚠️ warning', info: 'ℹ️ info' } as const;

function what(change: PlanChange): string {
  const fields = change.fields.map((f) => `${mdCode(f.path)}: ${mdText(valueText(f.before))} → ${mdText(valueText(f.after))}`);
  const parts = [...fields, ...(change.manual ? [`by hand: ${mdText(change.manual)}`] : [])];
  return parts.length ? parts.join('<br>') : NONE[change.action];
}

/** Table rows while they fit in `budget` characters; the rest are counted, not shown. */
function fitting(rows: string[], budget: { left: number }): { shown: string[]; cut: number } {
  const shown: string[] = [];
  for (const row of rows) {
    if (row.length + 1 > budget.left) break;
    shown.push(row);
    budget.left -= row.length + 1;
  }
  return { shown, cut: rows.length - shown.length };
}


function changeBlocks(p: Plan, api: ProductApi, budget: { left: number }): (string | string[] | undefined)[] {
  const changes = p.changes.filter((c) => c.action !== 'unmanaged');
  const unmanaged = p.changes.length - changes.length;
  if (changes.length === 0) return ['Nothing to change: the helpdesk matches the policies.'];
  const rows = changes.map((c) => mdTable(['', '', '', ''], [[c.action, mdText(label(api, c)), mdText(c.name), what(c)]])[2]!);
  const { shown, cut } = fitting(rows, budget);
  return [
    [...mdTable(['action', 'type', 'name', 'what changes'], []), ...shown],
    cut ? `${plural(cut, 'more change')} not shown here; the JSON plan lists them all.` : undefined,
    unmanaged && !p.prune ? `${plural(unmanaged, 'object')} in ${api.label} that the policies do not describe ${unmanaged === 1 ? 'is' : 'are'} left alone (use --prune to delete them).` : undefined,
  ];
}

function findingBlocks(findings: readonly Diagnostic[], budget: { left: number }): (string | string[] | undefined)[] {
  if (findings.length === 0) return [];
  const rows = findings.map((d) => mdTable(['', '', '', ''], [[ICON[d.severity], mdCode(`${d.location.file}:${d.location.start.line}:${d.location.start.column}`), mdCode(d.ruleId), mdText(d.message)]])[2]!);
  const { shown, cut } = fitting(rows, budget);
  return [
    '### What the helpdesk cannot hold exactly',
    [...mdTable(['severity', 'location', 'rule', 'message'], []), ...shown],
    cut ? `${plural(cut, 'more finding')} not shown here; \`supportops plan --format json\` lists them all.` : undefined,
  ];
}

export interface PlanMarkdownOptions {
  /** Characters at most (default PLAN_MARKDOWN_LIMIT); rows that do not fit are counted instead. */
  limit?: number;
  /** Findings to list under the plan (the Action passes the export's mapping findings). */
  findings?: readonly Diagnostic[];
}

/**
 * The plan for a pull-request summary or comment: a section (it starts at level 2, like the diff
 * report), one table row per change, then the findings given, cut short below `limit`
 * characters with a note of how many rows were left out. A null plan means the live
 * configuration could not be read; the findings say why.
 */
export function planMarkdown(p: Plan | null, api: ProductApi, options: PlanMarkdownOptions = {}): string {
  const title = `## supportops: what this changes in ${api.label}`;
  const head = p ? mdText(headline(p, api)) : `No plan: the ${api.label} configuration could not be read (see the findings below).`;
  const budget = { left: (options.limit ?? PLAN_MARKDOWN_LIMIT) - title.length - head.length - 400 };
  const changes = p ? changeBlocks(p, api, budget) : [];
  return mdDocument([title, head, ...changes, ...findingBlocks(options.findings ?? [], budget)]);
}
