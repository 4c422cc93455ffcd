/**
 * The records of one JSON page, streamed: stream-json tokenizes the file and each element of the
 * records array is assembled on its own, so a page of any size costs one record of memory. The
 * page's top-level scalars (Zendesk's `end_time`, `next_page` …) are collected on the way. A file
 * that breaks off (a truncated download) ends with a problem; the records before it are kept.
 */
import { createReadStream } from 'node:fs';
import chain from 'stream-chain';
import { parser } from 'stream-json';
import Assembler from 'stream-json/assembler.js';
import type { HistoryProblems } from './history-problems.js';

export type PageMeta = Record<string, string | number | boolean | null>;

export interface PageElement {
  index: number;
  /** JSON pointer to the element, e.g. `/tickets/3`. */
  pointer: string;
  value: unknown;
}

interface Token {
  name: string;
  value?: unknown;
}

const SCALARS = new Set(['stringValue', 'numberValue', 'trueValue', 'falseValue', 'nullValue']);

function scalar(t: Token): string | number | boolean | null {
  if (t.name === 'numberValue') return Number(t.value);
  if (t.name === 'trueValue') return true;
  if (t.name === 'falseValue') return false;
  if (t.name === 'nullValue') return null;
  return String(t.value);
}

/**
 * Streams the elements of `arrayKey` in a top-level object, or of a top-level array when
 * `arrayKey` is null. `meta` receives the page's top-level scalars as they are read.
 */
export async function* pageElements(path: string, name: string, arrayKey: string | null, problems: HistoryProblems, meta: PageMeta = {}): AsyncGenerator<PageElement> {
  const tokens = chain([createReadStream(path), parser({ streamValues: false })]) as unknown as AsyncIterable<Token>;
  const base = arrayKey === null ? '' : `/${arrayKey}`;
  let depth = 0;
  let key: string | null = null;
  let arrayDepth = -1;
  let asm: Assembler | undefined;
  let index = 0;
  try {
    for await (const t of tokens) {
      if (asm) {
        asm.consume(t as never);
        if (asm.done) {
          yield { index, pointer: `${base}/${index}`, value: asm.current };
          index++;
          asm = undefined;
        }
        continue;
      }
      if (depth === arrayDepth && (t.name === 'startObject' || t.name === 'startArray')) {
        asm = new Assembler();
        asm.consume(t as never);
        continue;
      }
      if (depth === arrayDepth && SCALARS.has(t.name)) {
        yield { index, pointer: `${base}/${index}`, value: scalar(t) };
        index++;
        continue;
      }
      if (t.name === 'startObject' || t.name === 'startArray') {
        depth++;
        if (t.name === 'startArray' && ((arrayKey === null && depth === 1) || (depth === 2 && key === arrayKey))) arrayDepth = depth;
      } else if (t.name === 'endObject' || t.name === 'endArray') {
        if (depth === arrayDepth) arrayDepth = -1;
        depth--;
      } else if (t.name === 'keyValue' && depth === 1) key = String(t.value);
      else if (depth === 1 && key !== null && SCALARS.has(t.name)) meta[key] = scalar(t);
    }
  } catch (error) {
    const io = typeof (error as { code?: unknown }).code === 'string';
    if (io) {
      problems.report('unreadable-file', { file: name }, `${name} cannot be read (${(error as Error).message}); check the path.`, false);
      return;
    }
    problems.report('truncated-json', { file: name, pointer: `${base}/${index}` }, `${name} is not complete JSON: it breaks off at or inside record ${base}/${index} (${(error as Error).message}). The ${index} records before it are used; download the page again to measure the rest.`);
  }
}
