// The line diff's fast paths against the plain table of common-subsequence lengths it replaced:
// equal hunks on random texts, and a shortest edit from Myers' search on long stretches.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commonEnds, lineHunks, type Hunk } from '../../src/diff/line-diff.js';
import { myersEdits } from '../../src/diff/myers.js';

/** The former implementation: the whole table, then the walk that adds before it removes. */
function reference(before: string, after: string): Hunk[] {
  const a = before.split('\n');
  const b = after.split('\n');
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  }
  const hunks: Hunk[] = [];
  let current: Hunk | undefined;
  const flush = () => {
    if (current && [...current.removed, ...current.added].some((l) => l.trim() !== '')) hunks.push(current);
    current = undefined;
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      flush();
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) (current ??= { removed: [], added: [] }).added.push(b[j++]!);
    else (current ??= { removed: [], added: [] }).removed.push(a[i++]!);
  }
  flush();
  return hunks.map((h) => ({ removed: h.removed.filter((l) => l.trim() !== ''), added: h.added.filter((l) => l.trim() !== '') }));
}

const text = fc.array(fc.constantFrom('a', 'b', 'c', 'd', '', ' '), { maxLength: 14 }).map((lines) => lines.join('\n'));
const lcsLength = (a: string[], b: string[]) => {
  let row = new Array<number>(b.length + 1).fill(0);
  for (let i = a.length - 1; i >= 0; i--) {
    const next = new Array<number>(b.length + 1).fill(0);
    for (let j = b.length - 1; j >= 0; j--) next[j] = a[i] === b[j] ? row[j + 1]! + 1 : Math.max(row[j]!, next[j + 1]!);
    row = next;
  }
  return row[0]!;
};

describe('line hunks, fast paths', () => {
  it('give the same hunks as the whole table when no line of the common end recurs in the change', () => {
    fc.assert(
      fc.property(text, text, (before, after) => {
        const a = before.split('\n');
        const b = after.split('\n');
        const { prefix, suffix } = commonEnds(a, b);
        const end = new Set(a.slice(a.length - suffix));
        const changed = [...a.slice(prefix, a.length - suffix), ...b.slice(prefix, b.length - suffix)];
        fc.pre(!changed.some((l) => end.has(l)));
        expect(lineHunks(before, after)).toEqual(reference(before, after));
      }),
      { numRuns: 1000, seed: 11 },
    );
  });

  it('change as few lines as the whole table does, on any texts', () => {
    const count = (hunks: Hunk[]) => hunks.reduce((n, h) => n + h.removed.length + h.added.length, 0);
    const nonBlank = (t: string) => t.split('\n').filter((l) => l.trim() !== '');
    fc.assert(
      fc.property(text, text, (before, after) => {
        // Blank lines are left out of hunks, so compare on the texts without them.
        const a = nonBlank(before).join('\n');
        const b = nonBlank(after).join('\n');
        expect(count(lineHunks(a, b))).toBe(count(reference(a, b)));
      }),
      { numRuns: 2000, seed: 13 },
    );
  });

  it('find a shortest edit with Myers when the table would be too large', () => {
    fc.assert(
      fc.property(text, text, (before, after) => {
        const a = before.split('\n');
        const b = after.split('\n');
        const edits = myersEdits(a, b, 100)!;
        // Replaying the edits turns a into b, with as few edits as the common subsequence allows.
        const out: string[] = [];
        let i = 0;
        let j = 0;
        for (const e of edits) {
          if (e === 'same') expect(a[i++]).toBe(b[j]);
          if (e !== 'removed') out.push(b[j++]!);
          else i++;
        }
        expect(out).toEqual(b);
        expect(i).toBe(a.length);
        expect(edits.filter((e) => e !== 'same').length).toBe(a.length + b.length - 2 * lcsLength(a, b));
        // Hunks from Myers' edits: equal texts give none, and every line shown is one of the texts'.
        const viaMyers = lineHunks(before, after, { table: 0, edits: 100 });
        if (before === after) expect(viaMyers).toEqual([]);
        for (const h of viaMyers) expect(h.removed.every((l) => a.includes(l)) && h.added.every((l) => b.includes(l))).toBe(true);
      }),
      { numRuns: 1000, seed: 12 },
    );
  });

  it('past the bound on edits, a stretch is removed and added as a whole', () => {
    expect(lineHunks('x\na\nb\ny', 'x\nc\nd\ny', { table: 0, edits: 1 })).toEqual([{ removed: ['a', 'b'], added: ['c', 'd'] }]);
    expect(myersEdits(['a', 'b'], ['c', 'd'], 3)).toBeUndefined();
  });

  it('stays fast on long texts that differ in a few lines', () => {
    const long = Array.from({ length: 20_000 }, (_, i) => `- line ${i}`);
    const changed = [...long];
    changed[5] = '- first change';
    changed[19_990] = '- last change';
    expect(lineHunks(long.join('\n'), changed.join('\n'))).toEqual([
      { removed: ['- line 5'], added: ['- first change'] },
      { removed: ['- line 19990'], added: ['- last change'] },
    ]);
  });
});
