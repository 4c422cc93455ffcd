/** Shared test helpers: policy sets in memory, and compact views of diagnostics for assertions. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../../src/config/config.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { FactsCache } from '../../src/facts/facts-cache.js';
import type { PolicyFile } from '../../src/load/files.js';
import type { HistoryFacts } from '../../src/measure/history-facts.js';
import { validatePolicies, type ValidationResult } from '../../src/model/validate-policies.js';
import { checkPolicies } from '../../src/rules/check-policies.js';

export const REPO = join(import.meta.dirname, '..', '..');
export const AS_OF = '2026-11-23';

export type FileSet = Record<string, string>;

/** The starter set written by `supportops init`: small, complete, and clean. */
export function starter(): FileSet {
  const dir = join(REPO, 'templates', 'init');
  return Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

export function toFiles(set: FileSet): PolicyFile[] {
  return Object.keys(set)
    .sort()
    .map((path) => ({ path, bytes: new TextEncoder().encode(set[path]!) }));
}

/** Replaces `from` by `to` in one file, failing loudly when `from` is absent (a test that edits nothing proves nothing). */
export function edit(set: FileSet, file: string, from: string | RegExp, to: string): FileSet {
  const text = set[file];
  if (text === undefined) throw new Error(`no file ${file}`);
  const next = text.replace(from, to);
  if (next === text) throw new Error(`edit changed nothing in ${file}: ${String(from)}`);
  return { ...set, [file]: next };
}

/** Adds YAML documents to a file (creating it when new). */
export function addDocs(set: FileSet, file: string, yaml: string): FileSet {
  return { ...set, [file]: set[file] ? `${set[file]}---\n${yaml}` : yaml };
}

export interface CheckSetOptions {
  asOf?: string;
  config?: Config;
  /** Default: one cache shared by the test file's checks, so a set checked again reuses its facts. */
  cache?: FactsCache;
  /** A measured ticket history, as check --history passes it. */
  history?: HistoryFacts;
}

const sharedCache = new FactsCache();

export function check(set: FileSet, options: CheckSetOptions = {}): Diagnostic[] {
  return checkPolicies(toFiles(set), { asOf: options.asOf ?? AS_OF, ...(options.config ? { config: options.config } : {}), ...(options.history ? { history: options.history } : {}), cache: options.cache ?? sharedCache }).diagnostics;
}

/** One file, as text or bytes, loaded and schema-validated on its own. */
export function validateFile(path: string, content: string | Uint8Array): ValidationResult {
  return validatePolicies([{ path, bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content }]);
}

/** The findings of one file as "ruleId file:line:col severity message", for tests of the load stage. */
export function loadFindings(path: string, content: string | Uint8Array): string[] {
  return validateFile(path, content).diagnostics.map((d) => `${d.ruleId} ${show(d)}`);
}

/** A diagnostic as "file:line:col severity message": one string that shows where and what. */
export function show(d: Diagnostic): string {
  return `${d.location.file}:${d.location.start.line}:${d.location.start.column} ${d.severity} ${d.message}${d.suggestion ? ` (${d.suggestion})` : ''}`;
}

/** The findings of one rule, shown. */
export function findings(set: FileSet, ruleId: string, options: CheckSetOptions = {}): string[] {
  return check(set, options)
    .filter((d) => d.ruleId === ruleId)
    .map(show);
}

/** Every policy file under a folder (default: the example organisation), as a FileSet. */
export function exampleSet(dir = join(REPO, 'policies')): FileSet {
  return Object.fromEntries(
    (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
      .filter((f) => f.endsWith('.yaml') || f.endsWith('.ics'))
      .map((f) => f.split('\\').join('/'))
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );
}
