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

/**
 * The commit a ref names and the top of the repository around `dir` (git names it by its real
 * path), from one git process; undefined when the ref is not a commit of that repository.
 */
export function resolveCommit(dir: string, ref: string): { commit: string; top: string } | undefined {
  if (ref.startsWith('-')) return undefined; // never let a ref be read as an option
  try {
    // rev-parse answers in the order asked: the top, then the commit.
    const [top, commit] = git(dir, ['rev-parse', '--show-toplevel', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]).toString().trim().split('\n');
    return top && commit ? { commit, top } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Policy files under `root` (a working-tree folder) as they were at `commit`. `top`: the
 * repository's top when the caller has it (git names it by its real path; so must `root` then).
 */
export function readPolicyFilesAtCommit(root: string, commit: string, top?: string): PolicyFile[] {
  const absolute = resolve(root);
  top ??= git(absolute, ['rev-parse', '--show-toplevel']).toString().trim();
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

/** The repository's top folder around `dir`, or undefined outside a repository. */
export function repositoryTop(dir: string): string | undefined {
  try {
    return git(dir, ['rev-parse', '--show-toplevel']).toString().trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Files as they were at `commit`, by path relative to the repository's top (POSIX): the bytes
 * of each that is a file there, undefined for one that is not. One git process for all of them.
 */
export function readFilesAtCommit(top: string, commit: string, paths: readonly string[]): Map<string, Uint8Array | undefined> {
  const found = new Map<string, Uint8Array | undefined>();
  const asked = paths.filter((p) => !p.includes('\n'));
  if (asked.length === 0) return found;
  const out = git(top, ['cat-file', '--batch'], Buffer.from(asked.map((p) => `${commit}:${p}`).join('\n') + '\n'));
  let offset = 0;
  for (const path of asked) {
    const headerEnd = out.indexOf(0x0a, offset);
    const header = out.subarray(offset, headerEnd).toString().split(' ');
    offset = headerEnd + 1;
    if (header[1] !== 'blob') {
      // "<name> missing", or a tree or a link: not a file to read; a non-blob still sends its body.
      if (header.length === 3) offset += Number(header[2]) + 1;
      found.set(path, undefined);
      continue;
    }
    const size = Number(header[2]);
    found.set(path, out.subarray(offset, offset + size));
    offset += size + 1;
  }
  return found;
}
