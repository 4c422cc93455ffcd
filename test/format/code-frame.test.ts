import { describe, expect, it } from 'vitest';
import type { SourceLocation } from '../../src/diagnostics/diagnostic.js';
import { codeFrame, FRAME_WIDTH, splitLines } from '../../src/format/code-frame.js';

const at = (line: number, column: number, endColumn = column + 1): SourceLocation => ({ file: 'f.yaml', pointer: '', start: { line, column }, end: { line, column: endColumn } });

describe('code frame', () => {
  it('shows short lines whole, with the span underlined', () => {
    expect(codeFrame('a: 1\nowner: billing-specialsts\nc: 3\n', at(2, 8, 26))).toBe([
      '  1 | a: 1',
      '> 2 | owner: billing-specialsts',
      '    |        ^^^^^^^^^^^^^^^^^^',
      '  3 | c: 3',
      '  4 |',
    ].join('\n'));
  });

  it('cuts a 40 KB line to a window around the column, and the caret still points at it', () => {
    // The X is the 20000th character: `a: ` and 19996 brackets come before it.
    const line = `a: ${'['.repeat(19_996)}X${'['.repeat(20_000)}`;
    const frame = codeFrame(`${line}\n`, at(1, 20_000));
    const [marked, caret] = frame.split('\n');
    expect(frame.length).toBeLessThan(400);
    expect(marked!.length).toBeLessThanOrEqual(FRAME_WIDTH + 10);
    expect(marked).toMatch(/^> 1 \| …\[+X\[+…$/);
    // Both rows have the same gutter, so the caret's index in its row is the X's index in the line above.
    expect(caret).toMatch(/^ {4}\| +\^$/);
    expect(marked![caret!.indexOf('^')]).toBe('X');
  });

  it('cuts only the end of a long line whose column is near its start', () => {
    const line = `owner: ${'x'.repeat(500)}`;
    const [marked, caret] = codeFrame(line, at(1, 8, 508)).split('\n');
    expect(marked).toBe(`> 1 | ${line.slice(0, FRAME_WIDTH)}…`);
    expect(caret).toBe(`    | ${' '.repeat(7)}${'^'.repeat(FRAME_WIDTH - 7)}`);
  });

  it('frames lines split once, as stylish passes them for every finding in a file', () => {
    expect(codeFrame(splitLines('a: 1\nb: 2\nc: 3\nd: 4\n'), at(3, 4))).toBe(['  1 | a: 1', '  2 | b: 2', '> 3 | c: 3', '    |    ^', '  4 | d: 4', '  5 |'].join('\n'));
  });
});
