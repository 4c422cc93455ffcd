/**
 * Response targets in a helpdesk's terms, with what is lost said out loud: no helpdesk holds a
 * percentile ("90% within 4h" becomes a 4h target for every ticket), one holds whole minutes, and
 * none holds a resolution median beside its 90th percentile.
 */
import { durationText as secondsText } from './import-model.js';
import type { MappingFinding } from './target.js';
import type { SlaView, TargetView, TierView } from './policy-view.js';

export interface ConvertedTarget {
  /** In the product's unit (minutes or seconds), rounded up so the helpdesk never promises less time than the policy. */
  value: number;
  findings: MappingFinding[];
}

/** The duration as the policy wrote it ("24h" stays 24h). */
function durationText(target: TargetView): string {
  return target.text.split(' within ').at(-1) ?? secondsText(target.seconds);
}

function share(target: TargetView): string {
  return `${Number((target.share * 100).toFixed(4))}%`;
}

/** `unit` seconds per unit of the product's field (60 for minutes, 1 for seconds). */
export function convertTarget(target: TargetView, unit: 60 | 1, where: { product: string; field: string; policy: SlaView; tier: TierView }): ConvertedTarget {
  const findings: MappingFinding[] = [];
  const value = Math.ceil(target.seconds / unit);
  const what = `${where.field} of tier '${where.tier.name}' in SLA policy '${where.policy.name}'`;
  if (target.share < 1) {
    findings.push({
      ruleId: 'helpdesk-lossy', severity: 'info', at: target.at,
      message: `${where.product} targets have no percentile: the ${what} ('${target.text}') becomes a target of ${durationText(target)} for every ticket, not for ${share(target)} of them. Attainment reported by ${where.product} is therefore stricter than the policy.`,
    });
  }
  if (value * unit !== target.seconds) {
    findings.push({
      ruleId: 'helpdesk-lossy', severity: 'info', at: target.at,
      message: `${where.product} counts ${where.field} targets in whole minutes: the ${what} ('${target.text}') is exported as ${value} minutes.`,
    });
  }
  return { value, findings };
}

/** The resolution target a helpdesk holds: the 90th percentile, with the median reported as not exported. */
export function resolutionTarget(tier: TierView, policy: SlaView, product: string): { target: TargetView | null; findings: MappingFinding[] } {
  if (!tier.resolution) return { target: null, findings: [] };
  const { median, p90 } = tier.resolution;
  return {
    target: p90,
    findings: [{
      ruleId: 'helpdesk-lossy', severity: 'info', at: median.at,
      message: `${product} holds one resolution target per priority and no percentile: tier '${tier.name}' of SLA policy '${policy.name}' exports its 90th percentile (${p90.text}) as a target for every ticket; the median (${median.text}) stays in the policies only.`,
    }],
  };
}
