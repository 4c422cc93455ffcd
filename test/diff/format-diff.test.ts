/** The Markdown comment: severity-first budget, escaping, and the notes on what was left out. */
import { describe, expect, it } from 'vitest';
import type { Change } from '../../src/diff/change.js';
import type { PolicyDiff } from '../../src/diff/diff-policies.js';
import { diffMarkdown, MARKDOWN_LIMIT } from '../../src/format/diff-markdown.js';

function policyDiff(changes: Change[], extra: Partial<PolicyDiff> = {}): PolicyDiff {
  const summary = { breaking: 0, notable: 0, info: 0 };
  for (const c of changes) summary[c.severity]++;
  return { changes, summary, invalid: { base: 0, head: 0 }, skipped: [], ...extra };
}

const labels = { base: 'main', head: 'pr' };
const staffing = (i: number): Change => ({ category: 'staffing', severity: 'notable', subject: `team t-${String(i).padStart(4, '0')} › headcount`, before: '3', after: '2', message: `Team 't-${i}' changes its headcount.`, channels: ['email'] });
const breaking: Change = { category: 'customer-text', severity: 'breaking', subject: 'disclosure › tier high', before: 'We reply within 4 hours.', after: 'We reply within 8 hours.', message: 'Customers read a different promise.', channels: ['email'], tiers: ['high'] };
const info = (i: number): Change => ({ category: 'definitions', severity: 'info', subject: `Role r-${i}`, before: 'not defined', after: 'added', message: `Role 'r-${i}' is added.` });

describe('diff as Markdown under the cap', () => {
  it('keeps a breaking change in the last category when 1,500 notable rows come before it', () => {
    const changes = [...Array.from({ length: 1500 }, (_, i) => staffing(i)), breaking];
    const text = diffMarkdown(policyDiff(changes), labels);
    expect(text.length).toBeLessThanOrEqual(MARKDOWN_LIMIT);
    expect(text).toContain('| 🔴 breaking | disclosure › tier high | We reply within 4 hours. → We reply within 8 hours. | email | Customers read a different promise. |');
    // Sections keep the category order even though breaking rows were chosen first.
    expect(text.indexOf('### Staffing')).toBeLessThan(text.indexOf('### Customer-facing text'));
    const shown = (text.match(/\| 🟡 notable \|/g) ?? []).length;
    expect(shown).toBeGreaterThan(100);
    expect(text.endsWith(`\n_${1500 - shown} more changes not shown (${1500 - shown} notable): the comment is capped. Run \`supportops diff --format json\` for the full list._\n`)).toBe(true);
  });

  it('fills the budget by severity: notable before info, whatever their category', () => {
    const changes = [...Array.from({ length: 300 }, (_, i) => info(i)), ...Array.from({ length: 40 }, (_, i) => staffing(i))];
    const text = diffMarkdown(policyDiff(changes), labels, 8_000);
    expect(text.length).toBeLessThanOrEqual(8_000);
    expect((text.match(/\| 🟡 notable \|/g) ?? []).length).toBe(40);
    const infos = (text.match(/\| ⚪ info \|/g) ?? []).length;
    expect(text).toMatch(new RegExp(`_${300 - infos} more changes not shown \\(${300 - infos} info\\)`));
  });

  it('counts breaking rows it had to leave out when they alone exceed the cap', () => {
    const many = Array.from({ length: 200 }, (_, i) => ({ ...breaking, subject: `disclosure › tier t${i}` }));
    const text = diffMarkdown(policyDiff(many), labels, 5_000);
    expect(text.length).toBeLessThanOrEqual(5_000);
    expect(text).toMatch(/_\d+ more changes not shown \(\d+ breaking\)/);
  });

  it('shows everything, with no note, when it fits', () => {
    const text = diffMarkdown(policyDiff([breaking, info(1)]), labels);
    expect(text).not.toContain('not shown');
    expect(text).toContain('### Added, removed, renamed and redefined');
  });

  it('escapes table cells: pipes, HTML, and line breaks as <br>; cuts very long cells', () => {
    const text = diffMarkdown(policyDiff([{ ...breaking, before: 'a | b <script>\nsecond line', after: 'x'.repeat(1000) }]), labels);
    expect(text).toContain('| a \\| b \\<script\\><br>second line → ' + 'x'.repeat(399) + '… |');
  });

  it('warns about schema errors on either side and about parts it could not compare', () => {
    const text = diffMarkdown(policyDiff([], { invalid: { base: 2, head: 1 }, skipped: [{ part: 'customer-text', reason: 'the head does not render (bad template): run supportops build' }] }), labels);
    expect(text).toBe(`## supportops: what this change means

Comparing \`main\` → \`pr\`: **0 breaking**, 0 notable, 0 info.

⚠️ 1 schema error in the new version: documents that do not validate are left out. Run \`supportops check\`.

⚠️ 2 schema errors in the old version: documents that do not validate are left out. Run \`supportops check\` on the base.

⚠️ Customer-facing text not compared: the head does not render (bad template): run supportops build.

No changes to promises, hours, ownership, staffing, demand or customer-facing text.
`);
  });
});
