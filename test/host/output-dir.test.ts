// The output folder is written file by file into a temporary sibling and put in place whole.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles, OutputComparison, StagedOutput } from '../../src/host/output-dir.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'supportops-out-'));

describe('staged output', () => {
  it('leaves the folder as it was until commit, then replaces it whole', () => {
    const parent = fresh();
    const out = join(parent, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'old.md'), 'old\n');
    const staged = new StagedOutput(out);
    staged.write({ path: 'a/b.md', contents: 'b\n' });
    staged.write({ path: 'c.json', contents: '{}\n' });
    expect(listFiles(out)).toEqual(['old.md']);
    staged.commit();
    expect(listFiles(out)).toEqual(['a/b.md', 'c.json']);
    expect(readFileSync(join(out, 'a/b.md'), 'utf8')).toBe('b\n');
    staged.discard();
    expect(listFiles(parent)).toEqual(['out/a/b.md', 'out/c.json']);
    expect(staged.files).toBe(2);
  });

  it('discards what was written, and creates nothing when nothing was written', () => {
    const parent = fresh();
    const out = join(parent, 'out');
    const unused = new StagedOutput(out);
    unused.discard();
    expect(listFiles(parent)).toEqual([]);
    const staged = new StagedOutput(out);
    staged.write({ path: 'x.md', contents: 'x\n' });
    staged.discard();
    expect(listFiles(parent)).toEqual([]);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a path that leaves the folder', () => {
    const staged = new StagedOutput(join(fresh(), 'out'));
    expect(() => staged.write({ path: '../escape.md', contents: '' })).toThrow(/escapes the output folder/);
    staged.discard();
  });

  it('compares file by file: missing, stale and extra', () => {
    const out = fresh();
    writeFileSync(join(out, 'same.md'), 'same\n');
    writeFileSync(join(out, 'stale.md'), 'old\n');
    writeFileSync(join(out, 'extra.md'), 'extra\n');
    const comparison = new OutputComparison(out);
    for (const [path, contents] of [['same.md', 'same\n'], ['stale.md', 'new\n'], ['missing.md', 'm\n']] as const) comparison.write({ path, contents });
    expect(comparison.differences()).toEqual([
      { kind: 'extra', path: 'extra.md' },
      { kind: 'missing', path: 'missing.md' },
      { kind: 'stale', path: 'stale.md' },
    ]);
  });

  it('writes and compares a file in parts as the same file whole, reading its parts once', () => {
    const parts = ['{\n  "a": "é<",\n', '  "b": [1, 2]\n', '}\n'];
    const whole = parts.join('');
    let reads = 0;
    const parted = (path: string, text = parts) => ({ path, parts: () => (reads++, text) });
    const parent = fresh();
    const out = join(parent, 'out');
    const staged = new StagedOutput(out);
    staged.write(parted('index.json'));
    staged.commit();
    expect(readFileSync(join(out, 'index.json'), 'utf8')).toBe(whole);
    expect(reads).toBe(1);

    writeFileSync(join(out, 'longer.json'), `${whole} `);
    writeFileSync(join(out, 'shorter.json'), whole.slice(0, -1));
    writeFileSync(join(out, 'changed.json'), whole.replace('é', 'e'));
    const comparison = new OutputComparison(out);
    reads = 0;
    for (const path of ['index.json', 'longer.json', 'shorter.json', 'changed.json', 'new.json']) comparison.write(parted(path));
    // Each read once, the missing one too: a manifest's hash is taken as the parts are read.
    expect(reads).toBe(5);
    expect(comparison.differences()).toEqual([
      { kind: 'stale', path: 'changed.json' },
      { kind: 'stale', path: 'longer.json' },
      { kind: 'missing', path: 'new.json' },
      { kind: 'stale', path: 'shorter.json' },
    ]);
  });
});
