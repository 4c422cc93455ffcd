/**
 * The records of one JSON page, streamed: stream-json's tokenizer reads the file chunk by chunk
 * and each element of the records array is assembled on its own, so a page of any size costs one
 * record of memory (a record itself may not pass MAX_RECORD_CHARS). The page's top-level scalars
 * (Zendesk's `end_time`, `next_page` …) are collected on the way. A file that breaks off (a
 * truncated download) ends with a problem; the records before it are kept.
 */
import { getManyValues, isMany, none } from 'stream-chain/core';
import Assembler from 'stream-json/assembler.js';
import { jsonParser } from 'stream-json/parser.js';
import { isIoError, type HistoryFile } from './history-file.js';
import type { HistoryProblems } from './history-problems.js';

export type PageMeta = Record<string, string | number | boolean | null>;

export interface PageElement {
  index: number;
  /** JSON pointer to the element, e.g. `/tickets/3`. */
  pointer: string;
  value: unknown;
}

/** One record's text may not pass this: a page of several GB streams, a record of several GB does not. */
export const MAX_RECORD_CHARS = 16 << 20;

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

class RecordTooLarge extends Error {}
/** The tokenizer's verdict on text that is not JSON (or ends too soon). */
class NotJson extends Error {}

/** Follows the tokens of a page and hands out the elements of its records array. */
class PageWalker {
  private depth = 0;
  private key: string | null = null;
  private arrayDepth = -1;
  private asm: Assembler | undefined;
  index = 0;
  base: string;
  /** Characters of text read since the current record began. */
  recordChars = 0;

  constructor(private readonly arrayKey: string, private readonly topArray: boolean, private readonly meta: PageMeta, private readonly element: (el: PageElement) => void) {
    this.base = `/${arrayKey}`;
  }

  token(t: Token): void {
    if (this.asm) return this.assemble(t);
    if (this.depth === this.arrayDepth) return this.startElement(t);
    this.structure(t);
  }

  private assemble(t: Token): void {
    const asm = this.asm!;
    asm.consume(t as never);
    if (asm.done) {
      this.asm = undefined;
      this.emit(asm.current);
    }
  }

  private startElement(t: Token): void {
    if (t.name === 'startObject' || t.name === 'startArray') {
      this.recordChars = 0;
      this.asm = new Assembler();
      this.asm.consume(t as never);
    } else if (SCALARS.has(t.name)) this.emit(scalar(t));
    else this.structure(t);
  }

  private emit(value: unknown): void {
    this.element({ index: this.index, pointer: `${this.base}/${this.index}`, value });
    this.index++;
  }

  private structure(t: Token): void {
    if (t.name === 'startObject' || t.name === 'startArray') {
      this.depth++;
      if (t.name === 'startArray' && this.depth === 1 && this.topArray) this.base = '';
      if (t.name === 'startArray' && ((this.base === '' && this.depth === 1) || (this.depth === 2 && this.key === this.arrayKey))) this.arrayDepth = this.depth;
    } else if (t.name === 'endObject' || t.name === 'endArray') {
      if (this.depth === this.arrayDepth) this.arrayDepth = -1;
      this.depth--;
    } else if (t.name === 'keyValue' && this.depth === 1) this.key = String(t.value);
    else if (this.depth === 1 && this.key !== null && SCALARS.has(t.name)) this.meta[this.key] = scalar(t);
  }

  get inRecord(): boolean {
    return this.asm !== undefined;
  }
}

export interface PageOptions {
  /** Also take the elements of a top-level array (Zammad writes its tickets as one). */
  topArray?: boolean;
  /** Receives the page's top-level scalars. */
  meta?: PageMeta;
}

/** Reads the elements of `arrayKey` in a top-level object into `element`, in order. */
export function readPage(file: HistoryFile, arrayKey: string, problems: HistoryProblems, element: (el: PageElement) => void, options: PageOptions = {}): void {
  const { name } = file;
  const walker = new PageWalker(arrayKey, options.topArray ?? false, options.meta ?? {}, element);
  const tokenize = jsonParser({ streamValues: false });
  const decoder = new TextDecoder('utf-8');
  const feed = (text: string | typeof none): void => {
    let out: unknown;
    try {
      out = tokenize(text as string);
    } catch (error) {
      throw new NotJson((error as Error).message);
    }
    const tokens = isMany(out) ? (getManyValues(out) as Token[]) : [];
    for (const t of tokens) walker.token(t);
  };
  let first = true;
  try {
    for (const chunk of file.chunks()) {
      let text = decoder.decode(chunk, { stream: true });
      if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = first && text.length === 0;
      if (walker.inRecord && (walker.recordChars += text.length) > MAX_RECORD_CHARS) throw new RecordTooLarge();
      feed(text);
    }
    feed(decoder.decode());
    feed(none);
  } catch (error) {
    if (isIoError(error)) {
      problems.report('unreadable-file', { file: name }, `${name} cannot be read (${error.code}: ${error.message}); check the path.`, false);
      return;
    }
    if (error instanceof RecordTooLarge) {
      problems.report('record-too-large', { file: name, pointer: `${walker.base}/${walker.index}` }, `${name}: record ${walker.base}/${walker.index} is longer than ${MAX_RECORD_CHARS.toLocaleString('en')} characters, more than any ticket needs, so the rest of the file is left out. Check that the file is a ticket export.`);
      return;
    }
    if (!(error instanceof NotJson)) throw error;
    const at = `${walker.base}/${walker.index}`;
    problems.report('truncated-json', { file: name, pointer: at }, `${name} is not complete JSON: it breaks off at or inside record ${at} (${error.message}). The ${walker.index} records before it are used; download the page again to measure the rest.`);
  }
}
