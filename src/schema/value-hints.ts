/**
 * What to write instead, for values that are nearly right: a zero duration, units that run past
 * the next unit (1h60m), a target met by 0% of tickets, shrinkage of 100%. A bare "not valid"
 * leaves a support lead guessing; these say the fix.
 */
import { durationSeconds, formatDuration } from '../values/durations.js';
import { bidiControlIn } from '../values/text-controls.js';
import { DURATION, ICS_PATH, NAME, NAME_MAX_LENGTH, PERCENT_BELOW_100, PLAIN_TEXT, POSITIVE_PERCENT, TARGET } from './primitives.js';

const LOOSE_DURATION = /^(?=\d)(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/;
const LOOSE_TARGET = /^(?:(\d+(?:\.\d+)?)% within )?(.+)$/;

/** The hint for `value` under the schema that rejected it, or undefined when there is nothing better to say than "expected …". */
export function valueHint(schema: unknown, value: string): string | undefined {
  const s = schema as { pattern?: string; examples?: unknown[] } | undefined;
  const example = typeof s?.examples?.[0] === 'string' ? ` such as ${s.examples[0]}` : '';
  switch (s?.pattern) {
    case DURATION.pattern.source:
      return durationHint(value, example);
    case TARGET.pattern.source:
      return targetHint(value, example);
    case POSITIVE_PERCENT.pattern.source:
      return /^0+(?:\.0+)?%$/.test(value) ? `it must be more than 0%${example ? `,${example}` : ''}.` : undefined;
    case PLAIN_TEXT.pattern.source:
      return bidiHint(value);
    case NAME.pattern.source:
      // Too long is the problem to name, even when the characters are also wrong.
      return value.length > NAME_MAX_LENGTH ? `it is ${value.length} characters long; a name has at most ${NAME_MAX_LENGTH}. Shorten it (lowercase letters, digits and dashes).` : undefined;
    case ICS_PATH.pattern.source:
      return icsPathHint(value);
    case PERCENT_BELOW_100.pattern.source:
      return /^100(?:\.0+)?%$/.test(value) ? `it must be less than 100%, because at 100% nobody is ever available. Write a share${example || ' such as 30%'}.` : undefined;
    default:
      return undefined;
  }
}

function targetHint(value: string, example: string): string | undefined {
  const match = LOOSE_TARGET.exec(value);
  if (!match) return undefined;
  if (match[1] !== undefined && Number(match[1]) === 0) return `a share of 0% promises nothing. Give the share of tickets that must meet the target${example ? `,${example}` : ', such as 90% within 1h'}.`;
  return durationHint(match[2]!, example, (d) => (match[1] === undefined ? d : `${match[1]}% within ${d}`));
}

function bidiHint(value: string): string | undefined {
  const found = bidiControlIn(value);
  return found
    ? `it contains the invisible control character ${found.codePoint} (${found.name}) at character ${found.position}. Such characters make text display in a different order from how it is stored (the "trojan source" trick), so policies may not contain them: delete it.`
    : undefined;
}

function durationHint(text: string, example: string, rewrap: (duration: string) => string = (d) => d): string | undefined {
  const match = LOOSE_DURATION.exec(text);
  if (!match) return undefined;
  const [d, h, m, s] = match.slice(1).map((x) => (x === undefined ? undefined : Number(x)));
  const seconds = durationSeconds(text);
  if (seconds === 0) return `a duration here must be longer than zero${example ? `,${example}` : ''}.`;
  const runsPast = (d !== undefined && h !== undefined && h >= 24 && 'hours run past a day')
    || ((d !== undefined || h !== undefined) && m !== undefined && m >= 60 && 'minutes run past an hour')
    || ((d !== undefined || h !== undefined || m !== undefined) && s !== undefined && s >= 60 && 'seconds run past a minute');
  return runsPast ? `the ${runsPast}. Write it as ${rewrap(formatDuration(seconds))}.` : undefined;
}

/** A calendar named by URL or by a path out of the policy folder: where it must be instead. */
function icsPathHint(value: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) && !/^[a-z]:[\\/]/i.test(value)) {
    return 'supportops never fetches calendars from the network. Download the file, commit it inside the policy folder, and write its path from there, such as calendars/company.ics.';
  }
  if (/^[\\/]|^[a-z]:|(?:^|[\\/])\.\.?(?:[\\/]|$)|\\/i.test(value)) {
    return 'the file must be inside the policy folder: write its path from the policy folder with forward slashes, such as calendars/company.ics (no leading /, no .. and no \\).';
  }
  return undefined;
}
