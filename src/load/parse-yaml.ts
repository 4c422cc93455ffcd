/**
 * Parsing YAML text safely: YAML 1.2 only, unique keys, bounded aliases, no prototype keys.
 * Every problem becomes a located diagnostic; nothing here throws on bad input.
 */
import { isMap, isScalar, LineCounter, parseAllDocuments, visit, type Document } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ParsedSource, SourceMap } from './source-map.js';

/** A billion-laughs document expands aliases exponentially; real policies need few. */
export const MAX_ALIASES = 100;

export interface RawDocument {
  file: string;
  index: number;
  data: unknown;
}

export interface ParsedFile {
  source: ParsedSource;
  documents: RawDocument[];
  diagnostics: Diagnostic[];
}

const FRIENDLY: Record<string, string> = {
  DUPLICATE_KEY: 'This key appears twice in the same mapping. Keep one of them: YAML keeps only the last, silently.',
  TAB_AS_INDENT: 'Tabs cannot be used for indentation in YAML. Indent with spaces.',
  BAD_INDENT: 'The indentation here does not line up. Check that this line is indented like its siblings.',
  TAG_RESOLVE_FAILED: 'Custom YAML tags (such as !!js/function or !custom) are not allowed in policies. Remove the tag.',
  MISSING_CHAR: 'A closing bracket or quote is missing.',
  BLOCK_AS_IMPLICIT_KEY: 'A nested block cannot be used as a key. Check for a missing colon or wrong indentation.',
  MULTILINE_IMPLICIT_KEY: 'A key must fit on one line. Check for a missing colon or a stray line break.',
  UNEXPECTED_TOKEN: 'Unexpected text here. Check for a missing colon, quote or dash.',
};

export function parseYaml(file: string, text: string, sources: SourceMap): ParsedFile {
  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(text, {
    version: '1.2',
    uniqueKeys: true,
    strict: true,
    prettyErrors: false,
    lineCounter,
  });
  const docs: Document.Parsed[] = Array.isArray(documents) ? documents : [documents as unknown as Document.Parsed];
  const source: ParsedSource = { file, text, lineCounter, documents: docs };
  sources.add(source);

  const diagnostics: Diagnostic[] = [];
  const report = (index: number, offsets: [number, number], message: string): void => {
    diagnostics.push({
      ruleId: 'yaml-syntax',
      severity: 'error',
      message,
      location: { file, document: index, pointer: '', ...sources.span(file, offsets[0], Math.max(offsets[1], offsets[0])) },
    });
  };

  const result: RawDocument[] = [];
  let versionReported = false;
  docs.forEach((doc, index) => {
    const version = doc.directives?.yaml;
    if (version?.explicit && version.version !== '1.2') {
      // The directive carries over to later documents: say it once, where it is written.
      if (versionReported) return;
      versionReported = true;
      const at = text.indexOf('%YAML');
      report(index, [Math.max(at, 0), Math.max(at, 0) + 9], `This file declares YAML ${version.version}. supportops reads YAML 1.2 only, because in YAML 1.1 a time like 09:00 is read as the number 540 and "no" as false. Remove the %YAML directive.`);
      return;
    }
    const problems = [...doc.errors, ...doc.warnings];
    for (const problem of problems) {
      const text = FRIENDLY[problem.code] ?? `${problem.message.split('\n')[0]}.`;
      report(index, problem.pos, text);
    }
    if (problems.length > 0) return;
    if (hasPrototypeKey(doc, (offsets) => report(index, offsets, 'The key "__proto__" is not allowed: it can change how programs read the data. Rename or remove it.'))) return;
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIASES });
    } catch {
      const range = doc.contents?.range ?? [0, 0];
      report(index, [range[0], range[0]], `This document uses more than ${MAX_ALIASES} alias expansions (*name), the pattern of a "billion laughs" attack. Write the values out instead of nesting aliases.`);
      return;
    }
    // `---` followed by nothing is an empty document: nothing to check.
    if (data === null || data === undefined) return;
    result.push({ file, index, data });
  });
  return { source, documents: result, diagnostics };
}

function hasPrototypeKey(doc: Document.Parsed, report: (offsets: [number, number]) => void): boolean {
  let found = false;
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === '__proto__') {
        const range = pair.key.range ?? [0, 0, 0];
        report([range[0], range[1]]);
        found = true;
      }
    },
  });
  return found;
}

/** Whether a document's root is a mapping (the only shape a policy document can have). */
export function rootIsMap(doc: Document.Parsed): boolean {
  return isMap(doc.contents);
}
