/**
 * A plan for people: `stylish` for the terminal and `markdown` for a pull-request summary or
 * comment. Pure functions of the plan; values are shown as compact JSON, long ones cut short
 * (the JSON output has them whole).
 */
import { mdCode, mdDocument, mdTable, mdText } from '../../generate/markdown.js';
import type { ProductApi } from '../api.js';
import type { JsonValue } from '../target.js';
import { summarizePlan, type Plan, type PlanChange } from './plan.js';

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

function what(change: PlanChange): string {
  const fields = change.fields.map((f) => `${mdCode(f.path)}: ${mdText(valueText(f.before))} → ${mdText(valueText(f.after))}`);
  return [...fields, ...(change.manual ? [`by hand: ${mdText(change.manual)}`] : [])].join('<br>');
}

export function planMarkdown(p: Plan, api: ProductApi): string {
  const changes = p.changes.filter((c) => c.action !== 'unmanaged');
  const unmanaged = p.changes.length - changes.length;
  const rows = changes.map((c) => [c.action, mdText(label(api, c)), mdText(c.name), what(c)]);
  return mdDocument([
    `### ${mdText(headline(p, api))}`,
    rows.length ? mdTable(['action', 'type', 'name', 'what changes'], rows) : 'Nothing to change: the helpdesk matches the policies.',
    unmanaged && !p.prune ? `${unmanaged} object${unmanaged === 1 ? '' : 's'} in ${api.label} that the policies do not describe ${unmanaged === 1 ? 'is' : 'are'} left alone (use --prune to delete them).` : undefined,
  ]);
}
