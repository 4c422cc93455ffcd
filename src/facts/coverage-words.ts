/** Coverage facts in plain words, for rule messages. */
import type { CoverageFact, GapPattern, Uncovered } from './coverage.js';

function when(u: Uncovered): string {
  const utc = `${u.start.slice(0, 16).replace('T', ' ')} → ${u.end.slice(0, 16).replace('T', ' ')} UTC`;
  // Overnight gaps read best as times; longer ones need their local dates too.
  const local = u.local.map((l) => (u.minutes < 24 * 60 ? `${l.start.slice(11)}–${l.end.slice(11)} ${l.timeZone}` : `${l.start} → ${l.end} ${l.timeZone}`)).join(', ');
  return local ? `${utc} (${local})` : utc;
}

function dates(pattern: GapPattern, shown = 4): string {
  const list = pattern.dates.slice(0, shown).join(', ');
  return pattern.count > shown ? `${list} and ${pattern.count - shown} more dates` : list;
}

/** "worst 2027-03-14 23:00 → … UTC (…); 23:00–01:00 UTC on 2026-11-23, … (52 dates)" */
export function describeGaps(fact: CoverageFact): string {
  if (!fact.worst) return 'no gaps';
  const worstDay = fact.worst.start.slice(0, 10);
  const pattern = fact.patterns.find((p) => p.dates.includes(worstDay) && p.startUtc === fact.worst!.start.slice(11, 16));
  const recurring = pattern ? ` The same gap, ${pattern.startUtc}–${pattern.endUtc} UTC, occurs on ${dates(pattern)}` : '';
  const others = fact.patterns.length > 1 ? `; ${fact.uncovered.length} uncovered stretches in all over the horizon` : '';
  return `The worst is ${when(fact.worst)}.${recurring}${others}.`;
}

/** For a gap nobody ever comes back from: "are never on shift over the horizon", or from when. */
export function neverBack(fact: CoverageFact): string | undefined {
  if (!fact.worst?.openEnded) return undefined;
  if (fact.neverStaffed) return 'are never on shift over the horizon: their schedules have no open hours';
  return `are all off shift from ${fact.worst.start.slice(0, 16).replace('T', ' ')} UTC to the end of the horizon`;
}
