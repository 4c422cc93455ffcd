/**
 * Parsing YAML text safely: YAML 1.2 only, bounded nesting, no tags, unique keys, bounded and
 * resolvable aliases, no prototype keys. Every problem becomes a located diagnostic; nothing
 * here throws on bad input.
 */
import { Composer, isMap, isScalar, isSeq, LineCounter, Parser, type CST, type Document } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { ParsedSource } from './parsed-source.js';
import type { SourceMap } from './source-map.js';
import { toData } from './yaml-aliases.js';
import { FRIENDLY, PROTOTYPE_KEY, tagMessage, TOO_DEEP, versionMessage } from './yaml-messages.js';
import { scanStructure } from './yaml-structure.js';

export interface RawDocument {
  file: string;
  index: number;
  data: unknown;
}

/** What a document written in the file calls itself, read even when the document fails to parse. */
export interface WrittenName {
  kind: unknown;
  name: unknown;
}

export interface ParsedFile {
  source: ParsedSource;
  documents: RawDocument[];
  diagnostics: Diagnostic[];
  /** Each document's kind and metadata.name, in order, read before the syntax trees are released. */
  names: WrittenName[];
}

// Duplicate keys are found below in one pass; yaml's own check compares every pair of keys.
const compose = (tokens: Iterable<CST.Token>): Document.Parsed[] =>
  Array.from(new Composer({ version: '1.2', uniqueKeys: false, strict: true, resolveKnownTags: false }).compose(tokens));

export function parseYaml(file: string, text: string, sources: SourceMap): ParsedFile {
  const lineCounter = new LineCounter();
  const tokens = Array.from(new Parser(lineCounter.addNewLine).parse(text));
  const structure = scanStructure(tokens);
  // Too deep to build safely: say so once, and build nothing from this file.
  const docs = structure.tooDeepAt === undefined ? compose(tokens) : [];
  const source = new ParsedSource(file, text, lineCounter, docs, (again) => (structure.tooDeepAt === undefined ? compose(new Parser().parse(again)) : []));
  sources.add(source);
  const names = docs.map((doc) => ({ kind: doc.getIn(['kind']), name: doc.getIn(['metadata', 'name']) }));

  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  const report = (index: number, offsets: [number, number], message: string): void => {
    const key = `${offsets[0]}|${message}`;
    if (seen.has(key)) return; // an unclosed bracket can raise the same complaint many times
    seen.add(key);
    diagnostics.push({
      ruleId: 'yaml-syntax',
      severity: 'error',
      message,
      location: { file, document: index, pointer: '', ...sources.span(file, offsets[0], Math.max(offsets[1], offsets[0])) },
    });
  };
  if (structure.tooDeepAt !== undefined) {
    report(0, [structure.tooDeepAt, structure.tooDeepAt + 1], TOO_DEEP);
    return { source, documents: [], diagnostics, names };
  }

  const result: RawDocument[] = [];
  let versionReported = false;
  docs.forEach((doc, index) => {
    const version = doc.directives?.yaml;
    if (version?.explicit && version.version !== '1.2') {
      // The directive carries over to later documents: say it once, where it is written.
      if (versionReported) return;
      versionReported = true;
      const at = Math.max(text.indexOf('%YAML'), 0);
      report(index, [at, at + 9], versionMessage(version.version));
      return;
    }
    const [from, , to] = doc.range;
    const tags = structure.tags.filter((t) => t.offset >= from && t.offset < Math.max(to, from + 1));
    for (const tag of tags) report(index, [tag.offset, tag.offset + tag.source.length], tagMessage(tag.source));
    const problems = [...doc.errors, ...doc.warnings].filter((p) => !(tags.length > 0 && p.code === 'TAG_RESOLVE_FAILED'));
    for (const problem of problems) report(index, problem.pos, FRIENDLY[problem.code] ?? `${problem.message.split('\n')[0]}.`);
    const keys = keyProblems(doc);
    for (const offsets of keys.duplicates) report(index, offsets, FRIENDLY.DUPLICATE_KEY!);
    if (problems.length > 0 || tags.length > 0 || keys.duplicates.length > 0) return;
    for (const offsets of keys.prototypes) report(index, offsets, PROTOTYPE_KEY);
    if (keys.prototypes.length > 0) return;
    const converted = toData(doc, structure.aliases);
    if (!converted.ok) {
      report(index, converted.offsets, converted.message);
      return;
    }
    // `---` followed by nothing is an empty document: nothing to check.
    if (converted.data === null || converted.data === undefined) return;
    result.push({ file, index, data: converted.data });
  });
  return { source, documents: result, diagnostics, names };
}

/** In one walk over every mapping: each key written a second time in its mapping, and each `__proto__` key; both underlined whole. */
function keyProblems(doc: Document.Parsed): { duplicates: [number, number][]; prototypes: [number, number][] } {
  const duplicates: [number, number][] = [];
  const prototypes: [number, number][] = [];
  // Nesting is bounded (scanStructure refused deeper files), so this recursion is too.
  const walk = (node: unknown): void => {
    if (isSeq(node)) {
      for (const item of node.items) walk(item);
      return;
    }
    if (!isMap(node)) return;
    // This mapping's keys first, then what they hold: the order yaml's visit() gave.
    const seen = new Set<unknown>();
    for (const pair of node.items) {
      if (!isScalar(pair.key)) continue; // a mapping or list as a key is refused by the schema anyway
      const range = pair.key.range ?? [0, 0, 0];
      if (seen.has(pair.key.value)) duplicates.push([range[0], range[1]]);
      if (pair.key.value === '__proto__') prototypes.push([range[0], range[1]]);
      seen.add(pair.key.value);
    }
    for (const pair of node.items) {
      walk(pair.key);
      walk(pair.value);
    }
  };
  walk(doc.contents);
  return { duplicates, prototypes };
}
