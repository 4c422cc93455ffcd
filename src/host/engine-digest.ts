/**
 * A digest of the code that computes simulations, so the on-disk cache never serves a result an
 * older engine computed under the same version number (a development build, a patched install).
 * From lib/ or src/ it reads the time, capacity and facts folders beside this one; from the
 * Action's single-file bundle, the bundle itself. Read once per process.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ENGINE_FOLDERS = ['time', 'capacity', 'facts'];

let digest: string | undefined;

/** The code files under `dir`, in a fixed order. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : e.isFile() && /\.(js|ts)$/.test(e.name) ? [join(dir, e.name)] : []))
    .sort();
}

export function engineDigest(): string {
  if (digest) return digest;
  const self = fileURLToPath(import.meta.url);
  const src = dirname(dirname(self));
  const hash = createHash('sha256');
  if (existsSync(join(src, 'capacity'))) {
    for (const folder of ENGINE_FOLDERS) {
      for (const file of filesUnder(join(src, folder))) hash.update(file.slice(src.length)).update('\0').update(readFileSync(file)).update('\0');
    }
  } else {
    hash.update(readFileSync(self));
  }
  return (digest = hash.digest('hex'));
}
