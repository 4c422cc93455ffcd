/** Shared by the diff tests: the example organisation as the base, and compact views of changes. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { defaultTemplates } from '../../src/host/render-artifacts.js';
import type { Change } from '../../src/diff/change.js';
import { diffPolicies, type DiffOptions } from '../../src/diff/diff-policies.js';
import { FactsCache } from '../../src/facts/facts-cache.js';
import { AS_OF, exampleSet, toFiles, type FileSet } from '../helpers/policies.js';

export const base = exampleSet();

/** "severity category subject: before → after [channels]": one line that shows what and where. */
export const brief = (c: Change) => `${c.severity} ${c.category} ${c.subject}: ${c.before} → ${c.after}${c.channels ? ` [${c.channels.join(', ')}]` : ''}`;

/** One cache for the file's diffs and checks: the base's facts and simulations are computed once. */
export const sharedCache = new FactsCache();

/** The model-level comparison (no feasibility, no text): fast. */
export const diffOf = (head: FileSet, from: FileSet = base, options: DiffOptions = {}) => diffPolicies(toFiles(from), toFiles(head), { cache: sharedCache, ...options });
export const changes = (head: FileSet, from: FileSet = base) => diffOf(head, from).changes.map(brief);

/** Everything `supportops diff` compares: feasibility and customer-facing text too. */
export const FULL: DiffOptions = { asOf: AS_OF, templates: defaultTemplates() };
export const fullChanges = (head: FileSet, from: FileSet = base, category?: Change['category']) =>
  diffOf(head, from, FULL).changes.filter((c) => !category || c.category === category);

/** Writes a FileSet under a new temporary folder (a directory pair for the CLI). */
export function writeSet(set: FileSet, dir = mkdtempSync(join(tmpdir(), 'supportops-diff-'))): string {
  for (const [path, text] of Object.entries(set)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
