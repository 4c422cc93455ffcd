/** supportops.yaml is found upward from the policy root, stops at the repository's top, and extends shared files safely. */
import { mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, copyPolicies } from '../helpers/cli.js';

const AS_OF = ['--as-of', '2026-11-23'];
/** The example, one tag without an owner: tag-has-owner fails unless a config lowers it. */
function ownerless(): string {
  const dir = copyPolicies();
  const tags = join(dir, 'policies', 'routing', 'tags.yaml');
  writeFileSync(tags, readFileSync(tags, 'utf8').replace('  owner: product-specialists\n', ''));
  return dir;
}
const write = (path: string, text: string) => {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
};

describe('config discovery', () => {
  it('finds the nearest supportops.yaml from the policy root upward, the policy folder first', () => {
    const dir = ownerless();
    expect(cli(['check', ...AS_OF], dir).code).toBe(1);
    write(join(dir, 'supportops.yaml'), 'rules:\n  tag-has-owner: warn\n');
    expect(cli(['check', ...AS_OF], dir).code).toBe(0);
    write(join(dir, 'policies', 'supportops.yml'), 'rules:\n  tag-has-owner: error\n');
    expect(cli(['check', ...AS_OF], dir).code).toBe(1);
    // From another working directory, the config beside the policies still applies.
    const elsewhere = mkdtempSync(join(tmpdir(), 'supportops-cwd-'));
    expect(cli(['check', join(dir, 'policies'), ...AS_OF], elsewhere).code).toBe(1);
  });

  it('stops at the repository top: a config above it is not read', () => {
    const outer = ownerless();
    write(join(outer, 'supportops.yaml'), 'rules:\n  tag-has-owner: "off"\n');
    mkdirSync(join(outer, 'repo'));
    renameSync(join(outer, 'policies'), join(outer, 'repo', 'policies'));
    mkdirSync(join(outer, 'repo', '.git'));
    expect(cli(['check', ...AS_OF], join(outer, 'repo')).code).toBe(1);
  });
});

describe('extends', () => {
  it('starts from a shared file, the extending file winning, with overrides in order', () => {
    const dir = ownerless();
    mkdirSync(join(dir, '.git'));
    write(join(dir, 'shared', 'base.yaml'), 'rules:\n  tag-has-owner: "off"\n  kb-review-due: error\n');
    write(join(dir, 'supportops.yaml'), 'extends: shared/base.yaml\nrules:\n  kb-review-due: warn\n');
    expect(cli(['check', ...AS_OF], dir).code).toBe(0);
    expect(cli(['check', '--as-of', '2027-06-01'], dir).code).toBe(0);
    write(join(dir, 'supportops.yaml'), 'extends: [shared/base.yaml]\n');
    expect(cli(['check', '--as-of', '2027-06-01'], dir).code).toBe(1);
  });

  it.each([
    ['a cycle', 'extends: shared/a.yaml\n', { 'shared/a.yaml': 'extends: b.yaml\n', 'shared/b.yaml': 'rules: {}\nextends: a.yaml\n' },
      'supportops: shared/b.yaml:2:10: `extends: a.yaml` makes a cycle: supportops.yaml → shared/a.yaml → shared/b.yaml → shared/a.yaml. Remove one of the extends.\n'],
    ['a missing file', 'rules: {}\nextends: [shared/a.yaml, shared/nope.yaml]\n', { 'shared/a.yaml': 'rules: {}\n' },
      'supportops: supportops.yaml:2:26: `extends: shared/nope.yaml` names shared/nope.yaml, which does not exist. Write the path relative to this file.\n'],
    ['a file outside the repository', 'extends: ../../elsewhere.yaml\n', {},
      'supportops: supportops.yaml:1:10: `extends: ../../elsewhere.yaml` leads outside the repository; supportops reads shared config files only from inside it. Copy the file into the repository.\n'],
    ['itself', 'extends: ./supportops.yaml\n', {},
      'supportops: supportops.yaml:1:10: `extends: ./supportops.yaml` makes a cycle: supportops.yaml → supportops.yaml. Remove one of the extends.\n'],
    ['a broken shared file', 'extends: shared/a.yaml\n', { 'shared/a.yaml': 'rules:\n  tag-has-ownr: warn\n' },
      "supportops: shared/a.yaml:2:3: Unknown rule `tag-has-ownr`. The rule ids are listed in docs/rules/. (did you mean 'tag-has-owner'?)\n"],
  ])('refuses %s with a located message', (_, config, files, stderr) => {
    const dir = copyPolicies();
    mkdirSync(join(dir, '.git'));
    write(join(dir, 'supportops.yaml'), config);
    for (const [file, text] of Object.entries(files)) write(join(dir, file), text);
    expect(cli(['check', ...AS_OF], dir)).toEqual({ code: 2, stdout: '', stderr });
  });
});
