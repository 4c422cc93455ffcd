/**
 * A plan for people: `stylish` for the terminal and `markdown` for a pull-request summary or
 * comment. Pure functions of the plan; values are shown as compact JSON, long ones cut short
 * (the JSON output has them whole).
 */
import { mdCode, mdDocument, mdTable, mdText } from '../generate/markdown-blocks.js';
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

function what(change: PlanChange): string {
  const fields = change.fields.map((f) => `${mdCode(f.path)}: ${mdText(valueText(f.before))} → ${mdText(valueText(f.after))}`);
  const parts = [...fields, ...(change.manual ? [`by hand: ${mdText(change.manual)}`] : [])];
  return parts.length ? parts.join('<br>') : NONE[change.action];
}

/**
 * The plan for a pull-request summary or comment: a section (it starts at level 2, like the diff
 * report), one table row per change, cut short below `limit` characters with a note of how many
 * rows were left out (the JSON plan has them all).
 */
export function planMarkdown(p: Plan, api: ProductApi, limit = PLAN_MARKDOWN_LIMIT): string {
  const changes = p.changes.filter((c) => c.action !== 'unmanaged');
  const unmanaged = p.changes.length - changes.length;
  const head = [`## supportops: what this changes in ${api.label}`, '', mdText(headline(p, api))];
  if (changes.length === 0) return mdDocument([...head.map((l) => [l]), 'Nothing to change: the helpdesk matches the policies.']);
  const table = mdTable(['action', 'type', 'name', 'what changes'], []);
  let length = [...head, ...table].join('\n').length + 400;
  const rows: string[] = [];
  for (const c of changes) {
    const row = mdTable(['', '', '', ''], [[c.action, mdText(label(api, c)), mdText(c.name), what(c)]])[2]!;
    if (length + row.length + 1 > limit) break;
    rows.push(row);
    length += row.length + 1;
  }
  const cut = changes.length - rows.length;
  return mdDocument([
    head.join('\n'),
    [...table, ...rows],
    cut ? `${cut} more change${cut === 1 ? '' : 's'} not shown here; the JSON plan lists them all.` : undefined,
    unmanaged && !p.prune ? `${unmanaged} object${unmanaged === 1 ? '' : 's'} in ${api.label} that the policies do not describe ${unmanaged === 1 ? 'is' : 'are'} left alone (use --prune to delete them).` : undefined,
  ]);
}
