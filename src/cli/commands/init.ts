/** `supportops init [dir]`: writes a small policy set that checks clean, never overwriting a file. */
import { cpSync, existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { packageRoot } from '../../package-root.js';
import { EXIT, UsageError, type CliIo } from '../io.js';

/** templates/init in the package. */
export function starterDir(): string {
  return join(packageRoot(), 'templates', 'init');
}

export function runInit(dir: string, io: CliIo): number {
  const target = resolve(io.cwd, dir);
  const files = readdirSync(starterDir()).sort();
  const clashes = files.filter((f) => existsSync(join(target, f)));
  if (clashes.length > 0) throw new UsageError(`${dir} already has ${clashes.join(', ')}; init never overwrites files. Choose an empty folder.`);
  cpSync(starterDir(), target, { recursive: true });
  io.stdout(`Created ${files.length} policy files in ${dir}:\n${files.map((f) => `  ${dir}/${f}`).join('\n')}\nNext: supportops check ${dir}\n`);
  return EXIT.clean;
}
