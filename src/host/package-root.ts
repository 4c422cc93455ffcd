/**
 * The installed supportops package's own folder (where templates/ and package.json live),
 * found by walking up from this module. Works from src/ (tsx), lib/ (built) and the Action's
 * single-file bundle in dist/ alike, since each sits somewhere below the package root.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'supportops') return (cached = dir);
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the supportops package folder (package.json with name "supportops")');
    dir = parent;
  }
}

export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}
