/**
 * The registry, the rule files, the doc pages and the tests agree (typescript-eslint's meta-test):
 * a rule id is its file name, its doc page name and its test name, so none of them can drift.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Rule } from '../../src/rules/define-rule.js';
import { BUILTIN_IDS, RULES } from '../../src/rules/rule-registry.js';
import { REPO } from '../helpers/policies.js';

const RULES_DIR = join(REPO, 'src', 'rules');
const DOCS_DIR = join(REPO, 'docs', 'rules');
const TESTS_DIR = join(REPO, 'test', 'rules');
/** Files in src/rules that are not rules: the registry, the rule shape, the rule runners and the suppressions they apply. */
const NOT_RULES = new Set(['rule-registry.ts', 'define-rule.ts', 'check-policies.ts', 'rules-over-time.ts', 'suppressions.ts']);
const KEBAB = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

const ids = RULES.map((rule) => rule.id);
const doc = (id: string) => readFileSync(join(DOCS_DIR, `${id}.md`), 'utf8');

describe('rule registry', () => {
  it('has unique, kebab-case ids that do not clash with the builtin ids', () => {
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !KEBAB.test(id))).toEqual([]);
    expect(ids.filter((id) => (BUILTIN_IDS as readonly string[]).includes(id))).toEqual([]);
    expect(BUILTIN_IDS.filter((id) => !KEBAB.test(id))).toEqual([]);
  });

  it('registers every rule file in src/rules', () => {
    const files = readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts') && !NOT_RULES.has(f));
    expect(files.map((f) => f.slice(0, -'.ts'.length)).sort()).toEqual([...ids].sort());
  });

  describe.each(RULES.map((rule) => [rule.id, rule] as const))('%s', (id, rule: Rule) => {
    it('is the default export of src/rules/<id>.ts', async () => {
      const file = join(RULES_DIR, `${id}.ts`);
      expect(existsSync(file)).toBe(true);
      const module = (await import(file)) as { default: Rule };
      expect(module.default).toBe(rule);
    });

    it('has a description written as a sentence', () => {
      expect(rule.description.trim()).toBe(rule.description);
      expect(rule.description).toMatch(/^[A-Z].{10,}[.]$/s);
    });

    it('has a doc page with its id as title, its default severity and how to configure it', () => {
      expect(existsSync(join(DOCS_DIR, `${id}.md`))).toBe(true);
      const text = doc(id);
      expect(text.split('\n')[0]).toBe(`# ${id}`);
      expect(text).toContain(`**Default severity:** ${rule.defaultSeverity}`);
      expect(text).toContain(`rules:\n  ${id}: `);
    });

    it('has a test file that tests it by id', () => {
      const file = join(TESTS_DIR, `${id}.test.ts`);
      expect(existsSync(file)).toBe(true);
      expect(readFileSync(file, 'utf8')).toContain(`'${id}'`);
    });
  });

  it.each(BUILTIN_IDS)('builtin id %s has a doc page with its id as title', (id) => {
    expect(existsSync(join(DOCS_DIR, `${id}.md`))).toBe(true);
    expect(doc(id).split('\n')[0]).toBe(`# ${id}`);
  });

  it('has no doc page or rule test without a rule (or builtin id) of the same name', () => {
    const known = new Set<string>([...ids, ...BUILTIN_IDS]);
    const pages = readdirSync(DOCS_DIR).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -'.md'.length));
    expect(pages.filter((page) => !known.has(page))).toEqual([]);
    const tests = readdirSync(TESTS_DIR).filter((f) => f.endsWith('.test.ts')).map((f) => f.slice(0, -'.test.ts'.length));
    expect(tests.filter((name) => name !== 'registry' && name !== 'suppressions' && !ids.includes(name))).toEqual([]);
  });
});
