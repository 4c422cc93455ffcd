/** Finding policy files under a root and reading them as bytes, ready for decoding. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface PolicyFile {
  /** Relative to the policy root, POSIX separators. */
  path: string;
  bytes: Uint8Array;
}

const YAML_FILE = /\.ya?ml$/i;
/** The repository-level config shares the extension but is not a policy document. */
const NOT_POLICIES = new Set(['supportops.yaml', 'supportops.yml']);

/** Every *.yaml / *.yml file below `root`, sorted by path; hidden folders and node_modules are skipped. */
export function readPolicyFiles(root: string): PolicyFile[] {
  const paths: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && YAML_FILE.test(entry.name)) {
        const rel = relative(root, full).split(sep).join('/');
        if (!(dir === root && NOT_POLICIES.has(entry.name))) paths.push(rel);
      }
    }
  };
  walk(root);
  paths.sort();
  return paths.map((path) => ({ path, bytes: readFileSync(join(root, path)) }));
}

export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
