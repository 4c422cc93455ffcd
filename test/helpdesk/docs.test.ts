/** docs/helpdesks.md shows exactly the mapping tables the code keeps, and it and the plan's Markdown pass markdownlint. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FRESHDESK_MAPPING } from '../../src/helpdesk/freshdesk/mapping.js';
import { mappingTableMarkdown } from '../../src/helpdesk/mapping-table.js';
import { plan } from '../../src/helpdesk/plan/plan.js';
import { planMarkdown } from '../../src/format/plan-text.js';
import { ZAMMAD_MAPPING } from '../../src/helpdesk/zammad/mapping.js';
import { ZENDESK_API } from '../../src/helpdesk/zendesk/api.js';
import { ZENDESK_MAPPING } from '../../src/helpdesk/zendesk/mapping.js';
import { lint } from 'markdownlint/sync';
import { markdownProblems } from '../generate/helpers.js';
import { REPO } from '../helpers/policies.js';
import { exportOf } from './helpers.js';

const DOC = readFileSync(join(REPO, 'docs', 'helpdesks.md'), 'utf8');

describe('docs/helpdesks.md', () => {
  it.each([
    ['Zendesk', ZENDESK_MAPPING],
    ['Freshdesk', FRESHDESK_MAPPING],
    ['Zammad', ZAMMAD_MAPPING],
  ] as const)('has the %s mapping table the code keeps', (product, rows) => {
    const section = DOC.split(`\n## ${product}\n`)[1]!.split('\n## ')[0]!;
    expect(section).toContain(mappingTableMarkdown(rows));
  });

  it('passes markdownlint', () => {
    expect(markdownProblems(new Map([['docs/helpdesks.md', DOC]]))).toEqual([]);
  });
});

describe('the Markdown plan', () => {
  it('passes markdownlint as the section of a comment it is (so it need not start with a title)', () => {
    const p = plan(ZENDESK_API, exportOf('zendesk').exported.objects, []);
    const results = lint({ strings: { 'plan.md': planMarkdown(p, ZENDESK_API) }, config: { default: true, MD013: false, MD041: false } });
    expect(results['plan.md']).toEqual([]);
  });
});
