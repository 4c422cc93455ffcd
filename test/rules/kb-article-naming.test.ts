import { withKnowledgeBase } from '../helpers/governance.js';
import { edit } from '../helpers/policies.js';
import { ruleTester } from '../helpers/rule-tester.js';

const FILE = 'governance/knowledge-base.yaml';
const kb = (from: string, to: string) => edit(withKnowledgeBase(), FILE, from, to);

ruleTester('kb-article-naming', {
  valid: [
    { name: 'titles that follow the pattern with listed categories', set: withKnowledgeBase() },
    { name: 'a topic that itself contains the separator', set: kb('KB - Troubleshooting - Password Reset', 'KB - Troubleshooting - Password Reset - Mobile App') },
    { name: 'any category when none are listed', set: edit(kb('KB - Troubleshooting - Password Reset', 'KB - Accounts - Password Reset'), FILE, '  categories: [Troubleshooting, How-to, Billing]\n', '') },
    {
      name: 'a pattern without a {Category} placeholder',
      set: edit(kb('namingPattern: KB - {Category} - {Topic}', 'namingPattern: Help - {Topic}'), FILE, /title: KB - Troubleshooting - /g, 'title: Help - '),
    },
  ],
  invalid: [
    {
      name: 'a title off the pattern, with the pattern as related location',
      set: kb('title: KB - Troubleshooting - Password Reset', 'title: Password Reset'),
      findings: ['governance/knowledge-base.yaml:10:14 warn Article title "Password Reset" does not follow the naming pattern "KB - {Category} - {Topic}". Rename it, for example "KB - Category - Topic".'],
      related: [['governance/knowledge-base.yaml:6:18 The naming pattern.']],
    },
    {
      name: 'a title whose dashes an editor turned into en dashes',
      set: kb('title: KB - Troubleshooting - Service Status', 'title: KB – Troubleshooting – Service Status'),
      findings: ['governance/knowledge-base.yaml:15:14 warn Article title "KB – Troubleshooting – Service Status" does not follow the naming pattern "KB - {Category} - {Topic}". Rename it, for example "KB - Category - Topic".'],
      related: [['governance/knowledge-base.yaml:6:18 The naming pattern.']],
    },
    {
      name: 'a misspelt placeholder brace, at the pattern',
      set: kb('namingPattern: KB - {Category} - {Topic}', 'namingPattern: "KB - {Category - {Topic}"'),
      findings: ['governance/knowledge-base.yaml:6:18 warn The naming pattern "KB - {Category - {Topic}" has a { or } without its partner (or one placeholder inside another). Write it like "KB - {Category} - {Topic}".'],
    },
    {
      name: 'placeholders side by side',
      set: kb('namingPattern: KB - {Category} - {Topic}', 'namingPattern: KB - {Category}{Topic}'),
      findings: ['governance/knowledge-base.yaml:6:18 warn The naming pattern "KB - {Category}{Topic}" has two placeholders side by side, so a title cannot be split between them; put literal text between them, such as " - ". Write it like "KB - {Category} - {Topic}".'],
    },
    {
      name: 'a pattern with no placeholder',
      set: kb('namingPattern: KB - {Category} - {Topic}', 'namingPattern: KB article'),
      findings: ['governance/knowledge-base.yaml:6:18 warn The naming pattern "KB article" has no {Placeholder}, so every article would need the same title. Write it like "KB - {Category} - {Topic}".'],
    },
    {
      name: 'two articles with one title (ignoring case), pointing at both',
      set: kb('title: KB - Troubleshooting - Service Status', 'title: KB - Troubleshooting - password reset'),
      findings: ['governance/knowledge-base.yaml:15:14 warn Two articles are titled "KB - Troubleshooting - password reset". Give each article its own title, or merge them.'],
      related: [['governance/knowledge-base.yaml:10:14 The other article with this title.']],
    },
    {
      name: 'a category that is not listed (categories are matched exactly)',
      set: kb('title: KB - Troubleshooting - Password Reset', 'title: KB - troubleshooting - Password Reset'),
      findings: ['governance/knowledge-base.yaml:10:14 warn Article "KB - troubleshooting - Password Reset" uses the category "troubleshooting", which is not one of: Troubleshooting, How-to, Billing. Use a listed category or add it to `categories`.'],
    },
  ],
});
