/**
 * CSV rows from byte chunks, as RFC 4180 writes them: cells separated by commas, rows by LF or
 * CRLF, a cell in double quotes may hold commas, line breaks and doubled quotes; a byte-order
 * mark and empty lines are skipped. Our own scanner rather than csv-parse: on the bench, csv-parse
 * alone parses about 200,000 rows per CPU second on this project's machine, a fifth of the goal
 * for reading and measuring together, where this scanner and the record builder read about
 * 450,000 (docs/measure.md, "Speed"). The tests check this scanner against csv-parse.
 *
 * A row that is not well-formed (a quote inside an unquoted cell, text after a closing quote, a
 * quote never closed, a row longer than MAX_ROW_CHARS) is reported at the line it starts on, and
 * reading resumes on the next line: one bad row costs one row, and memory stays flat.
 */

export const MAX_ROW_CHARS = 1 << 20;

export interface CsvRows {
  /** A well-formed row, starting on `line`; `cells` is reused for the next row. */
  row(cells: readonly string[], line: number): void;
  bad(line: number, reason: string): void;
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

const TOO_LONG = `it is longer than ${MAX_ROW_CHARS.toLocaleString('en')} characters (a quote never closed, or a line with no end)`;

/** How reading one quoted row ended: at its line break, waiting for more text, or not well-formed. */
type Quoted = { end: number; lines: number } | 'more' | { bad: string };

export class CsvScanner {
  private text = '';
  /** Line number of the first character of `text`. */
  private line = 1;
  private readonly decoder = new TextDecoder('utf-8');
  private started = false;
  /** Dropping the rest of a line too long to keep. */
  private skipping = false;
  private readonly cells: string[] = [];
  /** The next comma at or after the last one used in `text` (Infinity: none): each search starts where the last ended, so a file without commas is not searched again per row. */
  private nextComma = 0;

  constructor(private readonly rows: CsvRows) {}

  write(chunk: Uint8Array): void {
    this.text += this.decoder.decode(chunk, { stream: true });
    this.scan(false);
  }

  end(): void {
    this.text += this.decoder.decode();
    this.scan(true);
    this.text = '';
  }

  private scan(final: boolean): void {
    let text = this.text;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    const n = text.length;
    let pos = this.skipping ? this.skipLine(text) : 0;
    let nextQuote = text.indexOf('"', pos);
    this.nextComma = -1;
    while (pos < n) {
      let nl = text.indexOf('\n', pos);
      if (nl < 0) {
        if (!final) break;
        nl = n;
      }
      if (nextQuote >= 0 && nextQuote < pos) nextQuote = text.indexOf('"', pos);
      if (nextQuote < 0 || nextQuote > nl) {
        if (nl - pos > MAX_ROW_CHARS) this.rows.bad(this.line, TOO_LONG);
        else this.plainRow(text, pos, nl);
        pos = nl + 1;
        this.line++;
        continue;
      }
      const quoted = this.quotedRow(text, pos, final);
      if (quoted === 'more') break;
      if ('bad' in quoted) {
        this.rows.bad(this.line, quoted.bad);
        pos = nl + 1;
        this.line++;
      } else {
        pos = quoted.end + 1;
        this.line += quoted.lines + 1;
      }
    }
    this.text = pos >= n ? '' : text.slice(pos);
    if (this.text.length > MAX_ROW_CHARS) {
      this.rows.bad(this.line, TOO_LONG);
      this.text = '';
      this.skipping = true;
    }
  }

  /** Where the line being dropped ends (after its line break); the whole text while it goes on. */
  private skipLine(text: string): number {
    const nl = text.indexOf('\n');
    if (nl < 0) return text.length;
    this.skipping = false;
    this.line++;
    return nl + 1;
  }

  /** Cells of [from, to) split at commas; the line break (and a CR before it) is left out. */
  private plainRow(text: string, from: number, to: number): void {
    const end = to > from && text.charCodeAt(to - 1) === CR ? to - 1 : to;
    if (end === from) return; // an empty line
    const cells = this.cells;
    cells.length = 0;
    let p = from;
    for (;;) {
      if (this.nextComma < p) {
        const found = text.indexOf(',', p);
        this.nextComma = found < 0 ? Infinity : found;
      }
      const c = this.nextComma > end ? end : this.nextComma;
      cells.push(text.slice(p, c));
      if (c >= end) break;
      p = c + 1;
    }
    this.rows.row(cells, this.line);
  }

  /** A row with a quote in it, from `from`; it may run over several lines. */
  private quotedRow(text: string, from: number, final: boolean): Quoted {
    const cells = this.cells;
    cells.length = 0;
    const capped = from + MAX_ROW_CHARS < text.length;
    const limit = capped ? from + MAX_ROW_CHARS : text.length;
    const unfinished = (): Quoted => (capped ? { bad: TOO_LONG } : final ? { bad: 'a quoted cell is never closed' } : 'more');
    let lines = 0;
    let p = from;
    for (;;) {
      if (p < limit && text.charCodeAt(p) === QUOTE) {
        const cell = quotedCell(text, p + 1, limit, final || capped);
        if (cell === undefined) return unfinished();
        cells.push(cell.value);
        lines += cell.lines;
        p = cell.next;
      } else {
        const q = plainCellEnd(text, p, limit);
        if (q < 0) return { bad: 'a quote appears inside a cell that does not start with one' };
        if (q >= limit && !final) return unfinished();
        const crlf = q > p && q < limit && text.charCodeAt(q) === LF && text.charCodeAt(q - 1) === CR;
        cells.push(text.slice(p, crlf ? q - 1 : q));
        p = q;
      }
      const next = cellEnd(text, p, limit);
      if (next === 'comma') p++;
      else if (next === 'text') return { bad: 'a closing quote is followed by more text in the same cell' };
      else if (next === 'end') return final && !capped ? this.emit(text.length, lines) : unfinished();
      else return this.emit(next, lines);
    }
  }

  private emit(end: number, lines: number): Quoted {
    this.rows.row(this.cells, this.line);
    return { end, lines };
  }
}

/**
 * The cell whose text starts at `from` (after its opening quote), up to `limit`: its value, the
 * index after its closing quote, and the line breaks inside it. Undefined when it is not closed
 * by `limit`, or when its last quote might be the first of a doubled one and more text may come.
 */
function quotedCell(text: string, from: number, limit: number, complete: boolean): { value: string; next: number; lines: number } | undefined {
  let value = '';
  let start = from;
  let lines = 0;
  for (let q = from; q < limit; q++) {
    const c = text.charCodeAt(q);
    if (c === LF) lines++;
    else if (c === QUOTE) {
      if (q + 1 >= limit && !complete) return undefined;
      if (q + 1 < limit && text.charCodeAt(q + 1) === QUOTE) {
        value += text.slice(start, q + 1);
        start = q + 2;
        q++;
      } else return { value: value + text.slice(start, q), next: q + 1, lines };
    }
  }
  return undefined;
}

/** Where the unquoted cell at `from` ends (a comma, a line break or `limit`); -1 at a quote inside it. */
function plainCellEnd(text: string, from: number, limit: number): number {
  let q = from;
  for (; q < limit; q++) {
    const c = text.charCodeAt(q);
    if (c === COMMA || c === LF) break;
    if (c === QUOTE) return -1;
  }
  return q;
}

/** What follows a cell at `p`: another cell, the row's line break (its index), the end of the text, or stray text. */
function cellEnd(text: string, p: number, limit: number): 'comma' | 'text' | 'end' | number {
  if (p >= limit) return 'end';
  const c = text.charCodeAt(p);
  if (c === COMMA) return 'comma';
  if (c === LF) return p;
  if (c !== CR) return 'text';
  if (p + 1 >= limit) return 'end';
  return text.charCodeAt(p + 1) === LF ? p + 1 : 'text';
}
