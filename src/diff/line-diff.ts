/** Line-level differences between two texts (longest common subsequence), as hunks of removed and added lines. */

export interface Hunk {
  removed: string[];
  added: string[];
}

export function lineHunks(before: string, after: string): Hunk[] {
  const a = before.split('\n');
  const b = after.split('\n');
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  }
  const hunks: Hunk[] = [];
  let current: Hunk | undefined;
  const flush = () => {
    // Blank lines alone are layout, not something a customer reads.
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
    } else if (j < b.length && (i === a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      (current ??= { removed: [], added: [] }).added.push(b[j++]!);
    } else {
      (current ??= { removed: [], added: [] }).removed.push(a[i++]!);
    }
  }
  flush();
  return hunks.map((h) => ({ removed: h.removed.filter((l) => l.trim() !== ''), added: h.added.filter((l) => l.trim() !== '') }));
}
