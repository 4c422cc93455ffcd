import { edit, exampleSet, starter, type FileSet } from '../helpers/policies.js';
import { ruleTester } from '../helpers/rule-tester.js';

const without = (...purposes: string[]): FileSet => {
  let set = starter();
  for (const purpose of purposes) set = edit(set, 'templates.yaml', new RegExp(`apiVersion: supportops/v1\\nkind: Template\\nmetadata:\\n  name: [\\w-]+\\nspec:\\n  purpose: ${purpose}\\n(?: .*\\n)*(?:---\\n)?`), '');
  return set;
};
const MISSING = {
  intake: 'channels.yaml:1:1 warn There is no intake template, so customers are not told what to include (Summary, What I tried, Expected vs actual, Impact, Links). Add a Template document with purpose: intake (`supportops init` writes one).',
  handoff: 'channels.yaml:1:1 warn There is no handoff template, so agents passing a ticket on have no checklist and customers get asked the same questions again. Add a Template document with purpose: handoff (`supportops init` writes one).',
  'solved-note': 'channels.yaml:1:1 warn There is no solved-note template, so solved tickets leave no Problem / Root cause / Fix / Prevention note for the knowledge base. Add a Template document with purpose: solved-note (`supportops init` writes one).',
};

ruleTester('templates-present', {
  valid: [
    { name: 'intake, handoff and solved-note templates (no acknowledgement needed)', set: starter() },
    { name: 'the example organisation', set: exampleSet() },
    { name: 'an empty policy set has nothing to anchor a finding to', set: {} },
  ],
  invalid: [
    { name: 'no handoff template, at the first channel', set: without('handoff'), findings: [MISSING.handoff] },
    { name: 'no intake template', set: without('intake'), findings: [MISSING.intake] },
    { name: 'no solved-ticket template', set: without('solved-note'), findings: [MISSING['solved-note']] },
    {
      name: 'no templates at all: one finding per missing purpose',
      set: Object.fromEntries(Object.entries(starter()).filter(([file]) => file !== 'templates.yaml')),
      findings: [MISSING.handoff, MISSING.intake, MISSING['solved-note']],
    },
  ],
});
