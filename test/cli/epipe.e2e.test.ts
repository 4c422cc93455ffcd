import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/policies.js';

const TSX = pathToFileURL(join(REPO, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

describe('output to a reader that stops early', () => {
  it('`supportops check big | head -1` exits quietly with the check\'s own code, no EPIPE stack trace', () => {
    // Far more output than a pipe holds, so the writer is still writing when head exits.
    const dir = mkdtempSync(join(tmpdir(), 'supportops-epipe-'));
    const keys = Array.from({ length: 3000 }, (_, i) => `  unknown${i}: x`).join('\n');
    writeFileSync(join(dir, 'tag.yaml'), `apiVersion: supportops/v1\nkind: Tag\nmetadata: { name: t }\nspec:\n  meaning: m\n${keys}\n`);
    const command = `set -o pipefail; "${process.execPath}" --import "${TSX}" "${join(REPO, 'src', 'cli', 'main.ts')}" check "${dir}" | head -1`;
    const result = spawnSync('bash', ['--norc', '--noprofile', '-c', command], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', CI: 'true' } });
    expect(result.stdout).toBe(`${dir}/tag.yaml\n`);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(1); // findings, exactly as without the pipe
  });
});
