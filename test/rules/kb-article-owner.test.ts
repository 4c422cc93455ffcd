import { withKnowledgeBase } from '../helpers/governance.js';
import { edit } from '../helpers/policies.js';
import { ruleTester } from '../helpers/rule-tester.js';

const FILE = 'governance/knowledge-base.yaml';
const kb = (from: string, to: string) => edit(withKnowledgeBase(), FILE, from, to);
const LEGACY_KB = `apiVersion: supportops/v1
kind: KnowledgeBase
metadata:
  name: old-help-centre
spec:
  namingPattern: KB - {Category} - {Topic}
  reviewCadence: yearly
  articles:
    - title: KB - Billing - Old Invoices
      tags: [question]
      lastReviewed: 2026-06-01
`;
const ownerless = () => ({ ...kb('      owner: support-team\n', ''), 'legacy/knowledge-base.yaml': LEGACY_KB });
const FOUND = 'governance/knowledge-base.yaml:10:7 error Article "KB - Troubleshooting - Password Reset" has no owner, so nobody will notice when it goes out of date. Add `owner:` with a team or role.';
const LEGACY = 'legacy/knowledge-base.yaml:9:7 error Article "KB - Billing - Old Invoices" has no owner, so nobody will notice when it goes out of date. Add `owner:` with a team or role.';

ruleTester('kb-article-owner', {
  valid: [
    { name: 'articles owned by a team or a role', set: withKnowledgeBase() },
    { name: 'turned off in supportops.yaml', set: ownerless(), options: { config: { rules: { 'kb-article-owner': 'off' } } } },
  ],
  invalid: [
    { name: 'an article with no owner, at the article', set: kb('      owner: support-team\n', ''), findings: [FOUND] },
    { name: 'each article with no owner, in every file', set: ownerless(), findings: [FOUND, LEGACY] },
    // Severity configuration, as written in supportops.yaml.
    {
      name: 'lowered to warn for every file',
      set: ownerless(),
      options: { config: { rules: { 'kb-article-owner': 'warn' } } },
      findings: [FOUND.replace(' error ', ' warn '), LEGACY.replace(' error ', ' warn ')],
    },
    {
      name: 'turned off for files matching an override glob only',
      set: ownerless(),
      options: { config: { overrides: [{ files: ['legacy/**'], rules: { 'kb-article-owner': 'off' } }] } },
      findings: [FOUND],
    },
    {
      name: 'an override that matches no file changes nothing',
      set: ownerless(),
      options: { config: { overrides: [{ files: ['archive/**'], rules: { 'kb-article-owner': 'off' } }] } },
      findings: [FOUND, LEGACY],
    },
    {
      name: 'off everywhere but raised again by a later override',
      set: ownerless(),
      options: { config: { rules: { 'kb-article-owner': 'off' }, overrides: [{ files: ['legacy/**'], rules: { 'kb-article-owner': 'warn' } }, { files: ['legacy/*.yaml'], rules: { 'kb-article-owner': 'info' } }] } },
      findings: [LEGACY.replace(' error ', ' info ')],
    },
  ],
});
