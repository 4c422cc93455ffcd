/**
 * The pipeline's stages import one way: a file imports from its own stage or from stages before
 * it, never after, and there is no import cycle between folders or between files. Every folder
 * of src/ has a stage (ARCHITECTURE.md explains each); a new folder fails here until it gets one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/policies.js';

const SRC = join(REPO, 'src');

/**
 * Folder → stage, in pipeline order. Folders of one stage may import each other one way (the
 * cycle checks below keep it so). Folders marked (planned) are kept for work in progress.
 */
export const STAGES: Record<string, number> = {
  values: 0, // values as written, parsed and formatted; code-point order
  diagnostics: 0, // the Diagnostic type, severities, sorting, the fail policy, did-you-mean
  load: 1, // files, YAML, source maps
  history: 1, // streaming ticket-export readers
  schema: 2, // zod kinds, JSON Schemas, ajv validation
  config: 2, // supportops.yaml
  model: 3, // the typed model
  time: 4, // business hours over real dates (engine)
  capacity: 4, // workload, Erlang C, backlog, simulation (engine)
  facts: 4, // feasibility facts from the model
  measure: 4, // attainment measured from ticket history
  rules: 5, // one file per rule; checkPolicies
  generate: 5, // artifacts and their view objects
  helpdesk: 5, // vendor payloads beside generate: export, import, plan
  diff: 5, // what a change means
  format: 6, // diagnostics and diffs as text
  host: 7, // the only code that reads the world: runPolicies, files, git, HTTP
  cli: 8, // the command line
  action: 8, // the GitHub Action
};

/** The package entry may export any library stage, never a host. */
const ENTRY_MAX_STAGE = STAGES.format!;

/** I/O belongs at the edges; each pattern lists the folders allowed to use it. */
const EDGE_ONLY: { what: string; pattern: RegExp; folders: string[] }[] = [
  { what: 'file system and processes (node:fs, node:child_process)', pattern: /^node:(fs|child_process)$/, folders: ['load', 'host', 'cli', 'action'] },
  { what: 'network (node:http, node:https, node:net)', pattern: /^node:(https?|net)$/, folders: ['host', 'action'] },
  { what: 'the GitHub toolkit (@actions/*)', pattern: /^@actions\//, folders: ['action'] },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return e.name.endsWith('.ts') ? [full] : [];
  });
}

interface Module {
  file: string;
  folder: string;
  imports: string[];
  packages: string[];
}

function folderOf(file: string): string {
  const rel = relative(SRC, file).split('\\').join('/');
  return rel.includes('/') ? rel.split('/')[0]! : `(${rel})`;
}

const modules: Module[] = sourceFiles(SRC).map((file) => {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  const specifiers = info.importedFiles.map((f) => f.fileName);
  return {
    file,
    folder: folderOf(file),
    imports: specifiers.filter((s) => s.startsWith('.')).map((s) => resolve(dirname(file), s).replace(/\.js$/, '.ts')),
    packages: specifiers.filter((s) => !s.startsWith('.')),
  };
});
const byFile = new Map(modules.map((m) => [m.file, m]));
const show = (file: string) => relative(REPO, file).split('\\').join('/');

/** The cycles of a graph, one per strongly connected component with more than one node (or a self-loop). */
function cycles(nodes: string[], edges: (node: string) => string[]): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges(v)) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    for (let w = stack.pop()!; ; w = stack.pop()!) {
      onStack.delete(w);
      component.push(w);
      if (w === v) break;
    }
    if (component.length > 1 || edges(v).includes(v)) found.push(component.sort());
  };
  for (const v of nodes) if (!index.has(v)) visit(v);
  return found;
}

describe('pipeline layering', () => {
  it('gives every folder of src/ a stage', () => {
    const folders = [...new Set(modules.map((m) => m.folder))].filter((f) => !f.startsWith('('));
    expect(folders.filter((f) => STAGES[f] === undefined), 'add the folder to STAGES here and to the stage table in ARCHITECTURE.md').toEqual([]);
    expect(modules.filter((m) => m.folder.startsWith('(') && m.folder !== '(index.ts)').map((m) => show(m.file)), 'only the package entry lives at the top of src/').toEqual([]);
  });

  it('agrees with the stage table in ARCHITECTURE.md', () => {
    const doc = readFileSync(join(REPO, 'ARCHITECTURE.md'), 'utf8');
    const rows = [...doc.matchAll(/^\| (\d+) [^|]*\| `src\/([a-z-]+)\/` \|/gm)].map((m) => [m[2]!, Number(m[1])]);
    expect(Object.fromEntries(rows)).toEqual(STAGES);
  });

  it('imports only from the same stage or earlier ones', () => {
    const upward: string[] = [];
    for (const m of modules) {
      const mine = m.folder === '(index.ts)' ? ENTRY_MAX_STAGE : STAGES[m.folder]!;
      for (const target of m.imports) {
        const theirs = STAGES[folderOf(target)];
        if (theirs === undefined || theirs > mine) upward.push(`${show(m.file)} → ${show(target)}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('has no import cycle between folders', () => {
    const edges = new Map<string, Set<string>>();
    for (const m of modules) for (const t of m.imports) if (folderOf(t) !== m.folder) (edges.get(m.folder) ?? edges.set(m.folder, new Set()).get(m.folder)!).add(folderOf(t));
    const nodes = [...new Set(modules.map((m) => m.folder))];
    expect(cycles(nodes, (f) => [...(edges.get(f) ?? [])])).toEqual([]);
  });

  it('has no import cycle between files', () => {
    const found = cycles(modules.map((m) => m.file), (f) => byFile.get(f)?.imports.filter((t) => byFile.has(t)) ?? []);
    expect(found.map((c) => c.map(show))).toEqual([]);
  });

  it('resolves every relative import to a file in src/', () => {
    expect(modules.flatMap((m) => m.imports.filter((t) => !byFile.has(t)).map((t) => `${show(m.file)} → ${show(t)}`))).toEqual([]);
  });

  it.each(EDGE_ONLY)('uses $what only in its host folders', ({ pattern, folders }) => {
    const misplaced = modules.filter((m) => !folders.includes(m.folder) && m.packages.some((p) => pattern.test(p))).map((m) => show(m.file));
    expect(misplaced).toEqual([]);
  });

  it('reads the clock and the process only in the entry points', () => {
    const allowed = (m: Module) => m.folder === 'action' || show(m.file) === 'src/cli/main.ts';
    const reads = modules.filter((m) => !allowed(m) && /\bDate\.now\(|new Date\(\)|\bprocess\./.test(readFileSync(m.file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')));
    expect(reads.map((m) => show(m.file))).toEqual([]);
  });
});
