/** The Action's inputs, read and checked once. Values never reach a shell. */
import * as core from '@actions/core';
import { SEVERITIES, type Severity } from '../diagnostics/diagnostic.js';
import { isRealDate, todayUtc } from '../model/dates.js';

export interface ActionInputs {
  path: string;
  config: string | undefined;
  failLevel: Severity;
  asOf: string;
  out: string | undefined;
  /** 'base' (the pull request's base commit), a git ref, or undefined for none. */
  baseline: string | undefined;
  comment: boolean;
  sarif: string | undefined;
  token: string;
}

export class InputError extends Error {}

export function readInputs(now: Date): ActionInputs {
  const failLevel = core.getInput('fail-level') || 'error';
  if (!SEVERITIES.includes(failLevel as Severity)) throw new InputError(`fail-level must be error, warn or info, not '${failLevel}'`);
  const asOf = core.getInput('as-of') || todayUtc(now);
  if (!isRealDate(asOf)) throw new InputError(`as-of must be a date written YYYY-MM-DD, not '${asOf}'`);
  const comment = (core.getInput('comment') || 'false').toLowerCase();
  if (comment !== 'true' && comment !== 'false') throw new InputError(`comment must be true or false, not '${comment}'`);
  const baseline = core.getInput('baseline') || 'base';
  return {
    path: core.getInput('path') || 'policies',
    config: core.getInput('config') || undefined,
    failLevel: failLevel as Severity,
    asOf,
    out: core.getInput('out') || undefined,
    baseline: baseline === 'none' ? undefined : baseline,
    comment: comment === 'true',
    sarif: core.getInput('sarif') || undefined,
    token: core.getInput('github-token'),
  };
}
