/**
 * Upper bounds on durations, which a JSON Schema pattern cannot state: a handle time of at most
 * 1d and every other duration or target of at most 365d. Checked right after the schema, at the
 * value, so an absurd `999999999d` is a located error rather than a check that runs for minutes
 * (docs/rules/schema.md, Limits).
 */
import { durationSeconds } from '../values/durations.js';
import type { Report } from './describe-errors.js';
import { TARGET } from './primitives.js';

const DAY = 86_400;

interface Bound {
  seconds: number;
  text: string;
  /** What the field is, for "a handle time is at most 1d". */
  what: string;
  example: string;
}

const HANDLE_TIME: Bound = { seconds: DAY, text: '1d', what: 'a handle time (the working time one ticket takes)', example: '12m' };
const ANY_DURATION: Bound = { seconds: 365 * DAY, text: '365d', what: 'a duration or target', example: '90% within 4h' };
const CUSTOMER_WAIT: Bound = { seconds: 365 * DAY, text: '365d', what: 'the customers\' mean wait', example: '4h' };

/** Keys whose values are durations or targets, and their bounds. */
const BOUNDS: Record<string, Bound> = {
  handleTime: HANDLE_TIME,
  acknowledge: ANY_DURATION,
  firstResponse: ANY_DURATION,
  nextResponse: ANY_DURATION,
  median: ANY_DURATION,
  p90: ANY_DURATION,
  within: ANY_DURATION,
  target: ANY_DURATION,
  notice: ANY_DURATION,
  meanWait: CUSTOMER_WAIT,
};

function seconds(value: string): number | undefined {
  if (!TARGET.pattern.test(value)) return undefined; // percentages ("90%") and anything else
  return durationSeconds(value.replace(/^.*% within /, ''));
}

/** Reports every duration past its bound; returns whether all are within. */
export function checkDurationBounds(spec: unknown, pointer: string, report: Report): boolean {
  let ok = true;
  const walk = (value: unknown, at: string, key: string | undefined): void => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${at}/${i}`, key));
    else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) walk(v, `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, k);
    else if (typeof value === 'string' && key !== undefined && BOUNDS[key]) {
      const bound = BOUNDS[key];
      const s = seconds(value);
      if (s === undefined || s <= bound.seconds) return;
      ok = false;
      report(at, 'value', `\`${key}\` is ${JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value)}, longer than ${bound.what} may be: at most ${bound.text}. Write the real time, such as ${bound.example}.`);
    }
  };
  walk(spec, pointer, undefined);
  return ok;
}
