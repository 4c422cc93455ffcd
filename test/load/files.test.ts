import { closeSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPolicyFiles } from '../../src/load/files.js';
import { validatePolicies } from '../../src/model/validate-policies.js';
import { cli } from '../helpers/cli.js';
import { show } from '../helpers/policies.js';

const TAG = (name: string) => `apiVersion: supportops/v1\nkind: Tag\nmetadata:\n  name: ${name}\nspec:\n  meaning: Money questions.\n`;

/** A scratch folder holding `root/` (the policy root) and `outside/`. */
function scratch(): { root: string; outside: string } {
  const dir = mkdtempSync(join(tmpdir(), 'supportops-files-'));
  const root = join(dir, 'root');
  const outside = join(dir, 'outside');
  mkdirSync(root);
  mkdirSync(outside);
  return { root, outside };
}

const summary = (root: string) => readPolicyFiles(root).map((f) => `${f.path}${f.problem ? ` ! ${f.problem}` : ` (${f.bytes.length} bytes)`}`);

describe('reading the policy root', () => {
  it('reports a file over the size limit without reading it, even a sparse 3 GiB one', () => {
    const { root } = scratch();
    const fd = openSync(join(root, 'huge.yaml'), 'w');
    ftruncateSync(fd, 3 * 1024 ** 3); // sparse: takes no disk space, but reading it would fail past 2 GiB
    closeSync(fd);
    const files = readPolicyFiles(root);
    expect(files).toEqual([{ path: 'huge.yaml', bytes: new Uint8Array(0), problem: 'This file is 3221225472 bytes; policy files may be at most 1048576 bytes (1 MiB). Split it into several files.' }]);
    expect(validatePolicies(files).diagnostics.map(show)).toEqual(['huge.yaml:1:1 error This file is 3221225472 bytes; policy files may be at most 1048576 bytes (1 MiB). Split it into several files.']);
  });

  it('lists files in a fixed order whatever order the folder returns them in', () => {
    const { root } = scratch();
    for (const name of ['b.yaml', 'a.yml', 'c.YAML']) writeFileSync(join(root, name), TAG(name.slice(0, 1)));
    mkdirSync(join(root, 'sub'));
    writeFileSync(join(root, 'sub', 'a.yaml'), TAG('d'));
    expect(readPolicyFiles(root).map((f) => f.path)).toEqual(['a.yml', 'b.yaml', 'c.YAML', 'sub/a.yaml']);
  });
});

describe('symbolic links', () => {
  it('a root holding only a link to a file inside it is read through the link', () => {
    const { root } = scratch();
    mkdirSync(join(root, '.store'));
    writeFileSync(join(root, '.store', 'tag.yaml'), TAG('billing'));
    symlinkSync(join('.store', 'tag.yaml'), join(root, 'billing.yaml'));
    expect(summary(root)).toEqual([`billing.yaml (${TAG('billing').length} bytes)`]);
    expect(cli(['check', root, '--format', 'json']).stdout).toContain('"documents": 1');
  });

  it('links to folders inside the root are followed; each real file is read once, under its direct path', () => {
    const { root } = scratch();
    mkdirSync(join(root, 'teams'));
    writeFileSync(join(root, 'teams', 't.yaml'), TAG('t'));
    symlinkSync('teams', join(root, 'also-teams'));
    symlinkSync(join('teams', 't.yaml'), join(root, 'a-link.yaml'));
    expect(summary(root)).toEqual([`teams/t.yaml (${TAG('t').length} bytes)`]);
  });

  it('a loop back to a parent folder is harmless', () => {
    const { root } = scratch();
    mkdirSync(join(root, 'sub'));
    writeFileSync(join(root, 'sub', 't.yaml'), TAG('t'));
    symlinkSync('..', join(root, 'sub', 'up'));
    symlinkSync('.', join(root, 'self'));
    expect(summary(root)).toEqual([`sub/t.yaml (${TAG('t').length} bytes)`]);
  });

  it('a link that leads outside the root, or nowhere, is reported at the link and never read', () => {
    const { root, outside } = scratch();
    writeFileSync(join(outside, 'secret.yaml'), TAG('secret'));
    symlinkSync(join(outside, 'secret.yaml'), join(root, 'escape.yaml'));
    symlinkSync(outside, join(root, 'shared'));
    symlinkSync('missing.yaml', join(root, 'broken.yaml'));
    symlinkSync('missing', join(root, 'notes')); // not a YAML name: it would never be read, so it is not reported
    expect(validatePolicies(readPolicyFiles(root)).diagnostics.map((d) => `${d.ruleId} ${show(d)}`)).toEqual([
      'file broken.yaml:1:1 error This is a symbolic link to a file that does not exist (a broken link). Fix the link or delete it.',
      'file escape.yaml:1:1 error This is a symbolic link to a file outside the policy folder; supportops reads only files inside it. Move or copy the file into the policy folder.',
      'file shared:1:1 error This is a symbolic link to a folder outside the policy folder; supportops reads only files inside it. Move or copy the files into the policy folder.',
    ]);
  });

  it('a root that is itself a link is read as the folder it points to', () => {
    const { root, outside } = scratch();
    writeFileSync(join(root, 't.yaml'), TAG('t'));
    symlinkSync(root, join(outside, 'policies'));
    expect(summary(join(outside, 'policies'))).toEqual([`t.yaml (${TAG('t').length} bytes)`]);
  });
});
