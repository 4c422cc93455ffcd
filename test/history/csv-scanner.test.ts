// The CSV scanner against csv-parse, the well-kept parser it stands in for on the hot path:
// the same rows from any well-formed file, cut into chunks anywhere (inside a quote, a CRLF or
// a UTF-8 sequence); and its own rules for rows that are not well-formed.
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvScanner, MAX_ROW_CHARS } from '../../src/history/csv-scanner.js';

function scan(bytes: Uint8Array, cuts: number[] = []): { rows: [number, string[]][]; bad: [number, string][] } {
  const rows: [number, string[]][] = [];
  const bad: [number, string][] = [];
  const scanner = new CsvScanner({ row: (cells, line) => rows.push([line, [...cells]]), bad: (line, reason) => bad.push([line, reason]) });
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    scanner.write(bytes.subarray(from, Math.max(from, cut)));
    from = Math.max(from, cut);
  }
  scanner.write(bytes.subarray(from));
  scanner.end();
  return { rows, bad };
}

const text = (s: string) => new TextEncoder().encode(s);

const cell = fc.stringMatching(/^[a-zé€😀 ,"\r\n]{0,6}$/u);
const quoted = (c: string) => `"${c.replace(/"/g, '""')}"`;
const needsQuotes = (c: string) => /[",\r\n]/.test(c);

/** A well-formed file: rows of equal width, cells quoted when they must be (and sometimes when not). */
const csvFile = fc
  .record({
    width: fc.integer({ min: 1, max: 5 }),
    rows: fc.array(fc.array(fc.tuple(cell, fc.boolean()), { minLength: 5, maxLength: 5 }), { minLength: 1, maxLength: 12 }),
    crlf: fc.boolean(),
    bom: fc.boolean(),
    trailing: fc.boolean(),
  })
  .map(({ width, rows, crlf, bom, trailing }) => {
    const lines = rows
      .map((r) => r.slice(0, width).map(([c, q]) => (q || needsQuotes(c) ? quoted(c) : c)))
      // A row of one empty cell is an empty line, which both skip: quote it to keep the row.
      .map((cells) => (cells.length === 1 && cells[0] === '' ? '""' : cells.join(',')));
    const eol = crlf ? '\r\n' : '\n';
    return `${bom ? '\uFEFF' : ''}${lines.join(eol)}${trailing ? eol : ''}`;
  });

describe('CSV scanner', () => {
  it('reads what csv-parse reads, however the file is cut into chunks', () => {
    fc.assert(
      fc.property(csvFile, fc.array(fc.nat(), { maxLength: 6 }), (file, cuts) => {
        const bytes = text(file);
        const ours = scan(bytes, cuts.map((c) => c % (bytes.length + 1)));
        const theirs = parse(file, { bom: true, skip_empty_lines: true, relax_column_count: true }) as string[][];
        expect(ours.bad).toEqual([]);
        expect(ours.rows.map(([, cells]) => cells)).toEqual(theirs);
      }),
    );
  });

  it('numbers each row by the line it starts on, counting line breaks inside quotes', () => {
    const { rows } = scan(text('a,b\r\n"x\ny",z\n\n"p""q",r\n'));
    expect(rows).toEqual([[1, ['a', 'b']], [2, ['x\ny', 'z']], [5, ['p"q', 'r']]]);
  });

  it.each([
    ['a quote inside an unquoted cell', 'a,b\nc"d,e\nf,g\n', 2, 'a quote appears inside a cell that does not start with one'],
    ['text after a closing quote', 'a,b\n"c"d,e\nf,g\n', 2, 'a closing quote is followed by more text in the same cell'],
    ['a quote never closed', 'a,b\nf,g\n"c,d\n', 3, 'a quoted cell is never closed'],
  ])('reports %s at its line and reads on', (_, file, line, reason) => {
    const { rows, bad } = scan(text(file));
    expect(bad).toEqual([[line, reason]]);
    expect(rows.map(([, cells]) => cells)).toContainEqual(['f', 'g']);
  });

  it('drops a row longer than its bound, in flat memory, and reads the next', () => {
    const long = `1,${'x'.repeat(MAX_ROW_CHARS + 10)}\n2,y\n`;
    const bytes = text(long);
    const { rows, bad } = scan(bytes, Array.from({ length: 20 }, (_, i) => (i + 1) * 65_536));
    expect(bad.map(([line]) => line)).toEqual([1]);
    expect(rows).toEqual([[2, ['2', 'y']]]);
  });

  it('drops a quoted cell that runs past the bound and reads the line after its start', () => {
    const file = `1,"${`${'x'.repeat(63)}\n`.repeat(MAX_ROW_CHARS / 64 + 10)}\n`;
    const { rows, bad } = scan(text(`${file}`), [1 << 20]);
    expect(bad[0]).toEqual([1, expect.stringContaining('longer than')]);
    expect(rows.length).toBeGreaterThan(0);
  });
});
