/**
 * `import`: a helpdesk's live configuration as policy YAML. The files are built and checked in
 * memory first (as `check` would check them, with the guesses import made located in them),
 * then written under the output folder, never over an existing file: every path is checked
 * before the first is written, each is created exclusively, and a failed write removes what
 * this import wrote.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { FactsCache } from '../facts/facts-cache.js';
import type { FormatContext } from '../format/format-context.js';
import { locateImportFindings } from '../helpdesk/import-findings.js';
import { writeImported, type WrittenFile } from '../helpdesk/import-writer.js';
import { PRODUCTS } from '../helpdesk/products.js';
import type { LiveObject, TargetName } from '../helpdesk/target.js';
import { checkPolicies } from '../rules/check-policies.js';
import { loadConfig } from './config-file.js';
import { diskTree } from './settings-tree.js';
import { UsageError } from './usage-error.js';

export interface ImportRequest {
  cwd: string;
  target: TargetName;
  live: readonly LiveObject[];
  /** The output folder as the user named it; the files are shown under it. */
  out: string;
  asOf: string;
  horizonDays?: number;
  config: string | undefined;
  cache?: FactsCache;
}

export interface ImportRun {
  /** Paths under `out` as the user named it, POSIX separators. */
  files: WrittenFile[];
  /** The check of the imported files and every guess, located in them. */
  diagnostics: Diagnostic[];
  context: FormatContext;
}

export function importHelpdesk(request: ImportRequest): ImportRun {
  const { asOf, horizonDays, cache } = request;
  const base = request.out.replace(/[\\/]+$/, '').split('\\').join('/') || '.';
  const imported = writeImported(PRODUCTS[request.target].importLive(request.live, asOf));
  const files = imported.files.map((f) => ({ path: `${base}/${f.path}`, text: f.text }));
  const findings = imported.findings.map((f) => ({ ...f, at: { ...f.at, file: `${base}/${f.at.file}` } }));
  // The imported files are not written yet: their settings are found from where they will be.
  const { config } = loadConfig(diskTree(request.cwd, request.cwd), resolve(request.cwd, base), request.config && resolve(request.cwd, request.config));
  const policyFiles = files.map((f) => ({ path: f.path, bytes: new TextEncoder().encode(f.text) }));
  const result = checkPolicies(policyFiles, { asOf, config, horizonDays, cache });
  const diagnostics = sortDiagnostics([...result.diagnostics, ...locateImportFindings(files, findings)]);
  const text = new Map(files.map((f) => [f.path, f.text]));
  return {
    files,
    diagnostics,
    context: { root: base, asOf, files: result.files, documents: result.documents, sourceText: (file) => text.get(file) },
  };
}

/** Every imported file that is already there, as shown. */
export function existingFiles(cwd: string, files: readonly WrittenFile[]): string[] {
  return files.filter((f) => existsSync(resolve(cwd, f.path))).map((f) => f.path);
}

/** Writes the files, each created exclusively; on any failure removes the ones written and rethrows. */
export function writeImportedFiles(cwd: string, files: readonly WrittenFile[]): void {
  const clashes = existingFiles(cwd, files);
  if (clashes.length > 0) {
    const shown = clashes.length > 5 ? `${clashes.slice(0, 5).join(', ')} and ${clashes.length - 5} more` : clashes.join(', ');
    throw new UsageError(`import never overwrites a policy file, and ${shown} ${clashes.length === 1 ? 'is' : 'are'} already there. Choose a new --out folder, or move ${clashes.length === 1 ? 'it' : 'them'} away first.`);
  }
  const written: string[] = [];
  try {
    for (const f of files) {
      const path = resolve(cwd, f.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, f.text, { encoding: 'utf8', flag: 'wx' });
      written.push(path);
    }
  } catch (error) {
    for (const path of written) rmSync(path, { force: true });
    throw error;
  }
}
