import { describe, expect, it } from 'vitest';
import { lineHunks } from '../../src/diff/line-diff.js';

describe('line hunks', () => {
  it.each([
    ['identical texts', 'a\nb\nc', 'a\nb\nc', []],
    ['one line changed', 'a\nb\nc', 'a\nB\nc', [{ removed: ['b'], added: ['B'] }]],
    ['a line added at the end', 'a\nb', 'a\nb\nc', [{ removed: [], added: ['c'] }]],
    ['a line removed at the start', 'a\nb', 'b', [{ removed: ['a'], added: [] }]],
    ['two separate changes stay two hunks', 'a\nb\nc\nd\ne', 'A\nb\nc\nd\nE', [{ removed: ['a'], added: ['A'] }, { removed: ['e'], added: ['E'] }]],
    ['blank lines alone are layout, not text', 'a\n\nb', 'a\nb', []],
    ['a block with blank lines reads as its text lines', 'a\nz', 'a\n\nx\ny\nz', [{ removed: [], added: ['x', 'y'] }]],
    ['from nothing', '', 'a\nb', [{ removed: [], added: ['a', 'b'] }]],
  ])('%s', (_, before, after, hunks) => {
    expect(lineHunks(before, after)).toEqual(hunks);
  });
});
