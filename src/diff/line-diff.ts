/**
 * Line-level differences between two texts, as hunks of removed and added lines.
 *
 * The alignment is a longest common subsequence of lines. Its cost is kept to what a reader
 * needs: equal texts stop at once, and the lines both texts start with and end with are matched
 * without search, so only the stretch between the first and the last change is compared. There,
 * the table of common-subsequence lengths is walked as before (a line the same on both sides is
 * taken at once; an added line is listed before a removed one) while the table stays under
 * 4 million entries; a longer stretch (a rewritten acknowledgement of thousands of lines) is
 * aligned by Myers' O(ND) search, and past 2,000 edits it is one hunk, removed and added whole.
 * Time and memory stay bounded whatever the texts' length. Where repeated lines (blank lines, a
 * field asked for under several tags) make several alignments equally short, matching the end
 * first can place a hunk differently than the whole table would; the lines changed stay as few.
 */
import { myersEdits } from './myers.js';

export interface Hunk {
  removed: string[];
  added: string[];
}

export interface DiffLimits {
  /** Entries of the table (lines before × lines after, in the changed stretch); 4 million is 16 MiB. */
  table: number;
  /** Edits Myers' search looks for before it calls the stretch rewritten. */
  edits: number;
}

const LIMITS: DiffLimits = { table: 1 << 22, edits: 2000 };

/** One step of the alignment: a matched line, an added line of `after`, a removed line of `before`. */
type Step = 0 | 1 | 2;
const SAME: Step = 0;
const ADDED: Step = 1;
const REMOVED: Step = 2;

/** The steps from `a` to `b` by the table of common-subsequence lengths. */
function tableSteps(a: readonly string[], b: readonly string[]): Step[] {
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  // lcs[i * width + j]: length of the longest common subsequence of a[i..] and b[j..].
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const at = i * width + j;
      lcs[at] = a[i] === b[j] ? lcs[at + width + 1]! + 1 : Math.max(lcs[at + width]!, lcs[at + 1]!);
    }
  }
  const steps: Step[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      steps.push(SAME);
      i++;
      j++;
    } else if (j < m && (i === n || lcs[i * width + j + 1]! >= lcs[(i + 1) * width + j]!)) {
      steps.push(ADDED);
      j++;
    } else {
      steps.push(REMOVED);
      i++;
    }
  }
  return steps;
}

function middleSteps(a: readonly string[], b: readonly string[], limits: DiffLimits): Step[] {
  if ((a.length + 1) * (b.length + 1) <= limits.table) return tableSteps(a, b);
  const edits = myersEdits(a, b, limits.edits);
  if (edits) return edits.map((e) => (e === 'same' ? SAME : e === 'added' ? ADDED : REMOVED));
  return [...b.map((): Step => ADDED), ...a.map((): Step => REMOVED)];
}

/** Groups the steps into hunks; a hunk of blank lines alone is layout, not something a customer reads. */
function hunksOf(a: readonly string[], b: readonly string[], steps: readonly Step[]): Hunk[] {
  const hunks: Hunk[] = [];
  let current: Hunk | undefined;
  const flush = () => {
    if (current && [...current.removed, ...current.added].some((l) => l.trim() !== '')) hunks.push(current);
    current = undefined;
  };
  let i = 0;
  let j = 0;
  for (const step of steps) {
    if (step === SAME) {
      flush();
      i++;
      j++;
    } else if (step === ADDED) (current ??= { removed: [], added: [] }).added.push(b[j++]!);
    else (current ??= { removed: [], added: [] }).removed.push(a[i++]!);
  }
  flush();
  return hunks.map((h) => ({ removed: h.removed.filter((l) => l.trim() !== ''), added: h.added.filter((l) => l.trim() !== '') }));
}

/** How many lines both lists start with, then how many of the rest they both end with. */
export function commonEnds(a: readonly string[], b: readonly string[]): { prefix: number; suffix: number } {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  return { prefix, suffix };
}

export function lineHunks(before: string, after: string, limits: DiffLimits = LIMITS): Hunk[] {
  if (before === after) return [];
  const a = before.split('\n');
  const b = after.split('\n');
  const { prefix, suffix } = commonEnds(a, b);
  const middleA = a.slice(prefix, a.length - suffix);
  const middleB = b.slice(prefix, b.length - suffix);
  return hunksOf(middleA, middleB, middleSteps(middleA, middleB, limits));
}
