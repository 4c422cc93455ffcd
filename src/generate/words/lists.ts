/** Counting and listing in words: "3 dates", "1 date", "Monday, Tuesday and Friday". */

/** "1 date", "3 dates": `word` with an "s" unless there is one. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "a", "a and b", "a, b and c"; '' for none. */
export function joinAnd(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
