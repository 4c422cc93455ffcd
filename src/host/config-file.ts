/**
 * Finding and reading supportops.yaml: discovered upward from the policy root (stopping at the
 * repository's top, or the file system's root), or named with --config; `extends` followed
 * within the repository, cycle-safe. Every problem is a usage error (exit 2) at its location.
 */
import { dirname, join, resolve } from 'node:path';
import { isInside } from '../load/files.js';
import { mergeConfigs, type Config } from '../config/config.js';
import { validateConfig } from '../config/validate-config.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { RULES } from '../rules/rule-registry.js';
import type { SettingsTree } from './settings-tree.js';
import { isValidTimeZone } from '../time/zone.js';
import { UsageError } from './usage-error.js';

export const CONFIG_FILE = 'supportops.yaml';
const CONFIG_NAMES = [CONFIG_FILE, 'supportops.yml'];
/** How deep `extends` may go: a shared file extending another is usual, ten levels is a mistake. */
const MAX_EXTENDS_DEPTH = 10;

export interface LoadedConfig {
  config: Config;
  /** The config file applied, as shown to the user, or undefined for the defaults. */
  shown?: string;
  /** Every file read for it (the config and what it extends), absolute. */
  files: string[];
}

/** One line per problem, each clickable as file:line:column; run() puts "supportops: " before the first. */
function located(diagnostics: readonly Diagnostic[]): UsageError {
  const lines = diagnostics.map((d) => `${d.location.file}:${d.location.start.line}:${d.location.start.column}: ${d.message}${d.suggestion ? ` (${d.suggestion})` : ''}`);
  return new UsageError(lines.join('\nsupportops: '));
}

/** A config file that cannot be read: where, why, and what to do. */
function unreadable(shown: string, read: { problem: string; tooLarge?: boolean }): UsageError {
  return new UsageError(read.tooLarge ? `${shown}:1:1: ${read.problem}` : `cannot read the config file ${shown}: ${read.problem}. Check that it is a file you have permission to read.`);
}

/** The folders from the policy root up to the tree's top (or the file system's root when the root is outside it). */
function upward(rootDir: string, top: string): string[] {
  const dirs: string[] = [];
  for (let dir = rootDir; ; dir = dirname(dir)) {
    dirs.push(dir);
    if (dir === top || dirname(dir) === dir) return dirs;
  }
}

/** Where discovery looks for a config, nearest first: supportops.yaml and .yml in each folder from the policy root upward. */
export function configCandidates(tree: SettingsTree, rootDir: string): string[] {
  return upward(rootDir, isInside(tree.top, rootDir) ? tree.top : '').flatMap((dir) => CONFIG_NAMES.map((name) => join(dir, name)));
}

/** The nearest supportops.yaml (or .yml) from the policy root upward, absolute, or undefined. */
export function discoverConfig(tree: SettingsTree, rootDir: string): string | undefined {
  const candidates = configCandidates(tree, rootDir);
  const found = tree.read(candidates);
  for (const path of candidates) {
    const read = found.get(path)!;
    if ('bytes' in read) return path;
    if ('problem' in read) throw unreadable(tree.show(path), read);
  }
  return undefined;
}

/** One config file and everything it extends, merged; `chain` holds the files that extend it, for cycles. */
function readChain(tree: SettingsTree, path: string, chain: readonly string[]): { config: Config; files: string[] } {
  const shown = tree.show(path);
  const read = tree.read([path]).get(path)!;
  if ('missing' in read) throw new UsageError(`config file not found: ${shown}`);
  if ('problem' in read) throw unreadable(shown, read);
  const result = validateConfig(shown, read.bytes, RULES.map((r) => r.id), isValidTimeZone);
  if (!result.ok) throw located(result.diagnostics);
  const entries = result.config.extends === undefined ? [] : ([] as string[]).concat(result.config.extends);
  const parents: Config[] = [];
  const files = [path];
  entries.forEach((entry, i) => {
    const pointer = Array.isArray(result.config.extends) ? `/extends/${i}` : '/extends';
    const at = (message: string): UsageError => located([{ ruleId: 'config', severity: 'error', message, location: result.locate(pointer) }]);
    const target = resolve(dirname(path), entry);
    if (!isInside(tree.top, target)) throw at(`\`extends: ${entry}\` leads outside the repository; supportops reads shared config files only from inside it. Copy the file into the repository.`);
    if (target === path || chain.includes(target)) throw at(`\`extends: ${entry}\` makes a cycle: ${[...chain, path, target].map((f) => tree.show(f)).join(' → ')}. Remove one of the extends.`);
    if (chain.length + 1 >= MAX_EXTENDS_DEPTH) throw at(`\`extends\` goes more than ${MAX_EXTENDS_DEPTH} files deep. Merge some of the shared files.`);
    const targetRead = tree.read([target]).get(target)!;
    if ('missing' in targetRead) throw at(`\`extends: ${entry}\` names ${tree.show(target)}, which does not exist. Write the path relative to this file.`);
    const parent = readChain(tree, target, [...chain, path]);
    parents.push(parent.config);
    files.push(...parent.files);
  });
  const { extends: _extends, ...own } = result.config;
  return { config: entries.length > 0 ? mergeConfigs(parents, own) : own, files };
}

/**
 * The config of one version: `explicit` (absolute: --config, or the Action's `config`) when
 * given, else the nearest supportops.yaml from `rootDir` upward. An explicit file missing from
 * a commit (`missingMeansDefaults`) is the defaults: a change may add the config it names.
 */
export function loadConfig(tree: SettingsTree, rootDir: string, explicit?: string, missingMeansDefaults = false): LoadedConfig {
  const path = explicit ?? discoverConfig(tree, rootDir);
  if (path === undefined) return { config: {}, files: [] };
  if (explicit && missingMeansDefaults && 'missing' in tree.read([explicit]).get(explicit)!) return { config: {}, files: [] };
  const { config, files } = readChain(tree, path, []);
  return { config, shown: tree.show(path), files };
}
