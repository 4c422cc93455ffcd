/**
 * Reading a policy tree as it was at a git commit, with git itself (no checkout, no shell).
 * Used by `diff --base` and `check --baseline`; .ics calendars are read at the commit like the YAML.
 */
import { execFileSync } from 'node:child_process';
import { relative, resolve, sep } from 'node:path';
import { isPolicyFileName, type PolicyFile } from './files.js';
const MAX_BUFFER = 512 * 1024 * 1024;

function git(cwd: string, args: string[], input?: Buffer): Buffer {
  return execFileSync('git', args, { cwd, input, maxBuffer: MAX_BUFFER, stdio: ['pipe', 'pipe', 'pipe'] });
}

/** The commit a ref names, or undefined when it is not a commit in the repository around `dir`. */
export function resolveCommit(dir: string, ref: string): string | undefined {
  if (ref.startsWith('-')) return undefined; // never let a ref be read as an option
  try {
    return git(dir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]).toString().trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Policy files under `root` (a working-tree folder) as they were at `commit`. */
export function readPolicyFilesAtCommit(root: string, commit: string): PolicyFile[] {
  const absolute = resolve(root);
  const top = git(absolute, ['rev-parse', '--show-toplevel']).toString().trim();
  const prefix = relative(top, absolute).split(sep).join('/');
  const listing = git(top, ['ls-tree', '-r', '-z', '--full-tree', commit, '--', prefix || '.']).toString();
  const entries = listing
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const [meta, path] = line.split('\t') as [string, string];
      const [, type, sha] = meta.split(' ') as [string, string, string];
      return { type, sha, path };
    })
    .filter((e) => e.type === 'blob')
    .map((e) => ({ ...e, rel: prefix ? e.path.slice(prefix.length + 1) : e.path }))
    .filter((e) => isPolicyFileName(e.rel.slice(e.rel.lastIndexOf('/') + 1), !e.rel.includes('/')))
    .filter((e) => !e.rel.split('/').some((part) => part.startsWith('.') || part === 'node_modules'))
    .sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  if (entries.length === 0) return [];
  // One `git cat-file --batch` for all blobs: one process however many files.
  const out = git(top, ['cat-file', '--batch'], Buffer.from(entries.map((e) => e.sha).join('\n') + '\n'));
  const files: PolicyFile[] = [];
  let offset = 0;
  for (const entry of entries) {
    const headerEnd = out.indexOf(0x0a, offset);
    const size = Number(out.subarray(offset, headerEnd).toString().split(' ')[2]);
    const start = headerEnd + 1;
    files.push({ path: entry.rel, bytes: out.subarray(start, start + size) });
    offset = start + size + 1;
  }
  return files;
}
