/** The Action's inputs, read and checked once. Values never reach a shell. */
import * as core from '@actions/core';
import type { Severity } from '../diagnostics/diagnostic.js';
import { asOfOption, failLevelOption, horizonOption } from '../host/run-options.js';
import { UsageError } from '../host/usage-error.js';

export interface ActionInputs {
  path: string;
  config: string | undefined;
  failLevel: Severity;
  asOf: string;
  /** Days of real dates feasibility covers from asOf (default 365). */
  horizonDays: number | undefined;
  out: string | undefined;
  /** 'base' (the pull request's base commit), a git ref, or undefined for none. */
  baseline: string | undefined;
  comment: boolean;
  sarif: string | undefined;
  token: string;
  /** On a pull request, whose config, suppressions and baseline file apply: the base's (default) or the head's. */
  configFrom: 'base' | 'head';
  /** Which changes to customer-facing promises fail the step. */
  failOn: 'breaking' | 'notable' | 'none';
  /** The pull-request label that acknowledges them (and suppressions the change adds). */
  allowBreakingLabel: string;
  /** Where simulations are kept between runs: 'none', a folder outside the workspace, or undefined for runner.temp (action-cache.ts). */
  cacheDir: string | undefined;
}

/** An input left empty is left out. */
const input = (name: string): string | undefined => core.getInput(name) || undefined;

export function readInputs(now: Date): ActionInputs {
  const failLevel = failLevelOption(input('fail-level') ?? 'error', 'fail-level');
  const asOf = asOfOption(input('as-of'), now, 'as-of');
  const horizonDays = horizonOption(input('horizon'), 'horizon');
  const comment = (input('comment') ?? 'false').toLowerCase();
  if (comment !== 'true' && comment !== 'false') throw new UsageError(`comment must be true or false, not '${comment}'`);
  const baseline = input('baseline') ?? 'base';
  const configFrom = input('config-from') ?? 'base';
  if (configFrom !== 'base' && configFrom !== 'head') throw new UsageError(`config-from must be base or head, not '${configFrom}'`);
  const failOn = input('fail-on') ?? 'breaking';
  if (failOn !== 'breaking' && failOn !== 'notable' && failOn !== 'none') throw new UsageError(`fail-on must be breaking, notable or none, not '${failOn}'`);
  return {
    path: input('path') ?? 'policies',
    config: input('config'),
    failLevel,
    asOf,
    horizonDays,
    out: input('out'),
    baseline: baseline === 'none' ? undefined : baseline,
    comment: comment === 'true',
    sarif: input('sarif'),
    token: core.getInput('github-token'),
    configFrom,
    failOn,
    allowBreakingLabel: input('allow-breaking-label') ?? 'supportops:breaking-ok',
    cacheDir: input('cache-dir'),
  };
}
