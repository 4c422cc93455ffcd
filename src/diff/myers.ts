/**
 * Myers' O(ND) difference algorithm ("An O(ND) Difference Algorithm and Its Variations", 1986):
 * a shortest edit script between two line lists, in time and memory that grow with the number
 * of edits D, not with the product of the lengths. Used by line-diff.ts for long stretches of
 * change; bounded by `maxEdits`.
 */

export type Edit = 'same' | 'added' | 'removed';

/**
 * The edits turning `a` into `b` in order, or undefined when more than `maxEdits` are needed.
 * Memory: the furthest-reaching points of each round, about D² numbers.
 */
export function myersEdits(a: readonly string[], b: readonly string[], maxEdits: number): Edit[] | undefined {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, maxEdits);
  const o = max + 1;
  // v[k + o]: the furthest x reached on diagonal k = x - y.
  const v = new Int32Array(2 * max + 3);
  const rounds: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    rounds.push(v.slice(o - d, o + d + 1));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[k - 1 + o]! < v[k + 1 + o]!) ? v[k + 1 + o]! : v[k - 1 + o]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[k + o] = x;
      if (x >= n && y >= m) return backtrack(rounds, n, m);
    }
  }
  return undefined;
}

/** Walks back from the end through the rounds: each round is one edit after a run of equal lines. */
function backtrack(rounds: readonly Int32Array[], n: number, m: number): Edit[] {
  const edits: Edit[] = [];
  let x = n;
  let y = m;
  for (let d = rounds.length - 1; d > 0; d--) {
    const before = rounds[d]!; // the furthest points after round d - 1, diagonals -d..d
    const at = (k: number) => before[k + d]!;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const previousK = down ? k + 1 : k - 1;
    const previousX = at(previousK);
    const previousY = previousX - previousK;
    while (x > previousX + (down ? 0 : 1) && y > previousY + (down ? 1 : 0)) {
      edits.push('same');
      x--;
      y--;
    }
    edits.push(down ? 'added' : 'removed');
    x = previousX;
    y = previousY;
  }
  while (x > 0 && y > 0) {
    edits.push('same');
    x--;
    y--;
  }
  return edits.reverse();
}
