/**
 * Internal fields never reach customer text (docs/customer-text.md): a marker in each of them
 * appears in no disclosure and no acknowledgement, in any format, while the routing guide (for
 * the team) still shows the entry point's note.
 */
import { describe, expect, it } from 'vitest';
import { edit, exampleSet } from '../helpers/policies.js';
import { buildWithoutFacts } from './helpers.js';

const MARK = 'INTERNAL-ONLY';

function withMarkers() {
  let set = exampleSet();
  set = edit(set, 'channels/urgent.yaml', "note: Printed on the status page and in the app's Help menu.", `note: ${MARK} entry note`);
  set = edit(set, 'channels/email.yaml', 'entryPoint:\n', `entryPoint:\n    note: ${MARK} email note\n`);
  set = edit(set, 'governance/knowledge-base.yaml', /title: KB - /g, `title: KB - ${MARK} `);
  set = edit(set, 'governance/knowledge-base.yaml', 'namingPattern: KB - {Category} - {Topic}', `namingPattern: KB - ${MARK} {Category} - {Topic}`);
  set = edit(set, 'channels/email.yaml', 'metadata:\n  name: email\n', `metadata:\n  name: email\n  description: ${MARK} metadata note\n  labels: { owner: ${MARK} }\n`);
  set = edit(set, 'sla/async-sla.yaml', 'metadata:\n  name: async-sla\n', `metadata:\n  name: async-sla\n  description: ${MARK} policy note\n`);
  return set;
}

describe('internal notes', () => {
  const files = buildWithoutFacts(withMarkers());

  it('never appear in a customer artifact: disclosures and acknowledgements in Markdown, HTML and JSON', () => {
    const customer = [...files.keys()].filter((p) => p.startsWith('disclosures/') || p.startsWith('acknowledgements/'));
    expect(customer.length).toBeGreaterThan(20);
    expect(customer.filter((p) => files.get(p)!.includes(MARK))).toEqual([]);
  });

  it('still reach the team: the routing guide shows the entry point notes', () => {
    expect(files.get('routing-guide.md')).toContain(`- Internal note: ${MARK} entry note`);
    expect(JSON.parse(files.get('routing-guide.json')!).channels.find((c: { name: string }) => c.name === 'email').entryPoint.note).toBe(`${MARK} email note`);
  });

  it('acknowledgements link articles by their public title', () => {
    const body = files.get('acknowledgements/email/high.md')!;
    expect(body).toContain('- [When a card payment fails](https://help.lumen.example/failed-payments)');
  });
});
