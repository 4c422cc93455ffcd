/**
 * The report's Coverage section: one table row per channel and escalation role, then each
 * subject's recurring gaps as a list, with where they fall in the week (UTC) and their dates
 * as ranges. Capped so a badly covered policy still gives a readable page; the JSON has all.
 */
import { formatDuration } from '../../values/durations.js';
import { mdTable } from '../markdown-blocks.js';
import { mdCode, mdText } from '../escape/escape-markdown.js';
import { rangeWords } from '../words/date-words.js';
import { joinAnd, plural } from '../words/lists.js';
import { minutes, withUntil } from './report-numbers.js';
import type { FeasibilityReport, GapJson } from './report-shape.js';

type Coverage = NonNullable<FeasibilityReport['coverage']>[number];

/** Patterns listed per subject, and date ranges per pattern, before the rest is counted. */
const MAX_PATTERNS = 8;
const MAX_RANGES = 6;

function gapLine(g: GapJson): string {
  const shown = g.dateRanges.slice(0, MAX_RANGES).map((r) => rangeWords(r.from, r.to));
  const rest = g.dateRanges.length - shown.length;
  const dates = joinAnd(rest > 0 ? [...shown, plural(rest, 'more range')] : shown);
  return `- ${g.weekSpan} UTC (${formatDuration(Math.round(g.minutes) * 60)} each), on ${plural(g.count, 'date')}: ${dates}`;
}

function gapList(c: Coverage): (string | string[])[] {
  if (c.gaps.length === 0) return [];
  const lines = c.gaps.slice(0, MAX_PATTERNS).map(gapLine);
  const rest = c.gaps.slice(MAX_PATTERNS);
  if (rest.length) lines.push(`- ${plural(rest.length, 'more pattern')} on ${plural(rest.reduce((n, g) => n + g.count, 0), 'date')} in all: see \`feasibility.json\``);
  return [`### Gaps: ${c.subject} ${mdCode(c.name)}`, lines];
}

export function coverageSection(list: NonNullable<FeasibilityReport['coverage']>): (string | string[])[] {
  const rows = list.map((c) => {
    const stretches = c.gaps.reduce((n, g) => n + g.count, 0);
    return [
      withUntil(`${c.subject} ${mdCode(c.name)}`, c.until), c.clock ? mdCode(c.clock) : 'calendar', c.teams.map(mdCode).join(', '), minutes(c.worstWaitMinutes),
      c.targets.map((t) => `${mdText(t.label)} ${formatDuration(Math.round(t.minutes * 60))}: ${t.met ? 'met' : '**missed**'}`).join('; '),
      c.gaps.length ? `${stretches} ${stretches === 1 ? 'stretch' : 'stretches'} in ${plural(c.gaps.length, 'pattern')} (below)` : 'none',
    ];
  });
  return [
    '## Coverage',
    'Stretches with nobody on shift, and the longest wait they cause in the promise\'s own clock, over real dates. Gaps are grouped by their UTC times; each pattern says where it falls in the week and on which dates (a range holds every date in it on the weekdays named).',
    rows.length ? mdTable(['Subject', 'Clock', 'Teams', 'Worst wait', 'Targets', 'Gaps'], rows) : 'Nothing to measure.',
    ...list.flatMap(gapList),
  ];
}
