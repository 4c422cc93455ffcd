/**
 * The policy's paused clocks (pausedWhile) against the clocks a helpdesk stops: where the
 * helpdesk stops fewer, it counts time the policy leaves out (stricter: info); where it stops
 * more, it reports as met what the policy does not promise (warn). docs/paused-clocks.md has
 * what each product stops.
 */
import { PAUSABLE_METRICS } from '../schema/kinds/channels.js';
import type { PausedMetric, SlaView, WaitingStatus } from './policy-view.js';
import type { MappingFinding } from './target.js';

/** The statuses a product stops each exported clock in; a metric left out is not exported. */
export type ProductPauses = Partial<Record<PausedMetric, readonly WaitingStatus[]>>;

const WORDS: Record<PausedMetric, string> = { firstResponse: 'first-response', nextResponse: 'next-response', resolution: 'resolution' };

const listed = (statuses: readonly WaitingStatus[]) => statuses.join(' or ');

/** One finding per exported clock whose pauses differ from the policy's. */
export function pauseFindings(policy: SlaView, product: string, stops: ProductPauses, how: Partial<Record<PausedMetric, string>> = {}): MappingFinding[] {
  const out: MappingFinding[] = [];
  for (const metric of PAUSABLE_METRICS) {
    const theirs = stops[metric];
    if (!theirs || !policy.tiers.some((t) => t[metric])) continue;
    const ours = policy.pausedWhile[metric] ?? [];
    const at = { ...policy.at, pointer: `${policy.at.pointer}${ours.length > 0 ? `/pausedWhile/${metric}` : ''}` };
    const more = theirs.filter((s) => !ours.includes(s));
    const fewer = ours.filter((s) => !theirs.includes(s));
    const clock = `the ${WORDS[metric]} clock`;
    if (more.length > 0) {
      out.push({ ruleId: 'helpdesk-lossy', severity: 'warn', at, message: `${product} stops ${clock} while a ticket is ${listed(more)}${how[metric] ? ` (${how[metric]})` : ''}, and SLA policy '${policy.name}' does not, so ${product} reports as met what the policy does not promise. Add ${listed(more)} to pausedWhile.${metric} if that is the promise, or change ${product}'s settings.` });
    }
    if (fewer.length > 0) {
      out.push({ ruleId: 'helpdesk-lossy', severity: 'info', at, message: `${product} cannot stop ${clock} while a ticket is ${listed(fewer)}${how[metric] ? ` (${how[metric]})` : ''}: it counts that time, which SLA policy '${policy.name}' leaves out, so ${product}'s attainment is stricter than the policy.` });
    }
  }
  return out;
}
