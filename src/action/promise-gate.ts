/**
 * `fail-on`: a change that makes a customer-facing promise worse fails the step, unless the pull
 * request carries the acknowledgement label — an explicit, recorded decision by someone allowed
 * to label pull requests.
 */
import type { PolicyDiff } from '../diff/diff-policies.js';
import type { ActionInputs } from './inputs.js';

export interface PromiseVerdict {
  /** Changes at or above fail-on. */
  counted: number;
  acknowledged: boolean;
  fails: boolean;
  /** One Markdown paragraph for the summary and the comment; empty when nothing is counted. */
  markdown: string;
  /** The failure line, when it fails. */
  failure?: string;
}

export function promiseVerdict(diff: PolicyDiff | undefined, inputs: Pick<ActionInputs, 'failOn' | 'allowBreakingLabel'>, labels: readonly string[]): PromiseVerdict {
  const { breaking, notable } = diff?.summary ?? { breaking: 0, notable: 0 };
  const counted = inputs.failOn === 'breaking' ? breaking : inputs.failOn === 'notable' ? breaking + notable : 0;
  const acknowledged = labels.includes(inputs.allowBreakingLabel);
  if (counted === 0) return { counted, acknowledged, fails: false, markdown: '' };
  const what = `${counted} ${inputs.failOn === 'breaking' ? 'breaking' : 'breaking or notable'} change${counted === 1 ? '' : 's'} to what customers are promised`;
  const label = `\`${inputs.allowBreakingLabel}\``;
  if (acknowledged) return { counted, acknowledged, fails: false, markdown: `\n✅ ${what}, acknowledged by the label ${label}.\n` };
  return {
    counted, acknowledged, fails: true,
    markdown: `\n❌ ${what} (fail-on: ${inputs.failOn}). If the change is intended, a maintainer adds the label ${label} to the pull request; the check then runs again and passes.\n`,
    failure: `supportops: ${what}. Add the label ${inputs.allowBreakingLabel} to the pull request to accept ${counted === 1 ? 'it' : 'them'}.`,
  };
}
