import { closeSync, ftruncateSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/config/validate-config.js';
import { RULES } from '../../src/rules/rule-registry.js';
import { cli, copyPolicies } from '../helpers/cli.js';
import { show } from '../helpers/policies.js';

const IDS = RULES.map((r) => r.id);
const problems = (text: string): string[] => {
  const result = validateConfig('supportops.yaml', new TextEncoder().encode(text), IDS);
  return result.ok ? [] : result.diagnostics.map(show);
};

describe('supportops.yaml problems are located, plain, with suggestions, and all reported', () => {
  it('a mistyped top-level key', () => {
    expect(problems('rule:\n  kb-review-due: warn\n')).toEqual(["supportops.yaml:1:1 error Unknown property `rule`. Allowed here: extends, rules, overrides, measure. (did you mean 'rules'?)"]);
  });

  it('an override without files', () => {
    expect(problems('overrides:\n  - rules: { kb-review-due: warn }\n')).toEqual([
      'supportops.yaml:2:5 error Item 1 of `overrides` is missing the required property `files` (Glob patterns relative to the policy root.).',
    ]);
  });

  it('unknown rule ids at their key, in rules and in overrides, together with every other problem', () => {
    expect(problems('rules:\n  kb-reviw-due: warn\n  kb-review-due: loud\noverrides:\n  - files: ["a/**"]\n    rules: { tag-has-ownr: "off" }\n    rulez: {}\n')).toEqual([
      "supportops.yaml:2:3 error Unknown rule `kb-reviw-due`. The rule ids are listed in docs/rules/. (did you mean 'kb-review-due'?)",
      'supportops.yaml:3:18 error `kb-review-due` is "loud"; it must be one of: error, warn, info, off.',
      "supportops.yaml:6:14 error Unknown rule `tag-has-ownr`. The rule ids are listed in docs/rules/. (did you mean 'tag-has-owner'?)",
      "supportops.yaml:7:5 error Unknown property `rulez` in Item 1 of `overrides`. Allowed here: files, rules. (did you mean 'rules'?)",
    ]);
  });

  it('wrong shapes, YAML mistakes and extra documents', () => {
    expect(problems('rules: [kb-review-due]\n')).toEqual(['supportops.yaml:1:8 error `rules` must be a mapping of keys to values, not ["kb-review-due"].']);
    expect(problems('- rules\n')).toEqual(['supportops.yaml:1:1 error The document must be a mapping of keys to values, not ["rules"].']);
    expect(problems('rules:\n\tkb-review-due: warn\n')[0]).toMatch(/^supportops\.yaml:2:1 error Tabs cannot be used for indentation/);
    expect(problems('rules: {}\n---\nrules: {}\n')).toEqual(['supportops.yaml:3:1 error supportops.yaml holds one document. Merge this one into the first, or delete it and the `---` before it.']);
  });

  it('an empty file or an empty mapping means the defaults', () => {
    expect(validateConfig('supportops.yaml', new Uint8Array(0), IDS)).toMatchObject({ ok: true, config: {} });
    expect(validateConfig('supportops.yaml', new TextEncoder().encode('rules: {}\n'), IDS)).toMatchObject({ ok: true, config: { rules: {} } });
  });
});

describe('the CLI with a broken supportops.yaml', () => {
  it('exits 2 and prints one clickable line per problem', () => {
    const dir = copyPolicies();
    writeFileSync(join(dir, 'supportops.yaml'), 'rule:\n  kb-review-due: warn\noverrides:\n  - rules: { kb-reviw-due: warn }\n');
    expect(cli(['check'], dir)).toEqual({
      code: 2,
      stdout: '',
      stderr: [
        "supportops: supportops.yaml:1:1: Unknown property `rule`. Allowed here: extends, rules, overrides, measure. (did you mean 'rules'?)",
        'supportops: supportops.yaml:4:5: Item 1 of `overrides` is missing the required property `files` (Glob patterns relative to the policy root.).',
        "supportops: supportops.yaml:4:14: Unknown rule `kb-reviw-due`. The rule ids are listed in docs/rules/. (did you mean 'kb-review-due'?)",
        '',
      ].join('\n'),
    });
  });

  it('a config over the size limit is refused without being read, even a sparse 3 GiB one', () => {
    const dir = copyPolicies();
    const fd = openSync(join(dir, 'supportops.yaml'), 'w');
    ftruncateSync(fd, 3 * 1024 ** 3); // sparse: takes no disk space, but reading it would fail past 2 GiB
    closeSync(fd);
    expect(cli(['check'], dir)).toEqual({ code: 2, stdout: '', stderr: 'supportops: supportops.yaml:1:1: This file is 3221225472 bytes; policy files may be at most 1048576 bytes (1 MiB). Split it into several files.\n' });
  });

  it('a --config that is a folder is a usage error, not a crash', () => {
    const dir = copyPolicies();
    expect(cli(['check', '--config', '.'], dir)).toMatchObject({ code: 2, stderr: 'supportops: cannot read the config file .: it is a folder, not a file. Check that it is a file you have permission to read.\n' });
  });
});
