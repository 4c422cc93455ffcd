/** Counting and listing in words: "3 dates", "1 date", "Monday, Tuesday and Friday". */
import { ENGLISH, type Phrases } from '../locale/phrases.js';

/** "1 date", "3 dates": `word` with an "s" unless there is one. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "a", "a and b", "a, b and c" ("a, b und c"); '' for none. */
export function joinAnd(items: readonly string[], p: Phrases = ENGLISH): string {
  if (items.length <= 1) return items[0] ?? '';
  const init = items.slice(0, -1).reduce((a, b) => p.say('list.comma', { a, b }));
  return p.say('list.and', { init, last: items[items.length - 1]! });
}

/** Items joined pairwise by the message `id` (its arguments `a` and `b`): "a and b and c", "a; b". */
export function joinWith(items: readonly string[], id: 'week.spansAnd' | 'list.semicolon' | 'zone.exceptSeparator', p: Phrases = ENGLISH): string {
  return items.length === 0 ? '' : items.reduce((a, b) => p.say(id, { a, b }));
}
