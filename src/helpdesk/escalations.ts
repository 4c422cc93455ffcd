/**
 * EscalationTriggers as helpdesk triggers, for the products whose triggers can raise a priority
 * and assign a group (Zendesk and Zammad). What a trigger can hold: the tags to match, the
 * priority of the escalation's tier, the one group of the team in the role it routes to. What
 * it cannot, each a finding at the value: ticket-field conditions (no exported field holds
 * them), a role several teams share (a trigger assigns one group), the pick-up window, the
 * sync channel and who is told.
 */
import { joinAnd } from '../generate/words/lists.js';
import { assignPriorities, prioritiesOf } from './priorities.js';
import type { EscalationView, PolicyView } from './policy-view.js';
import type { MappingFinding } from './target.js';
import { child } from '../model/model.js';

export interface EscalationPlan<P> {
  escalation: EscalationView;
  /** The priority to set, or null when no exported SLA policy has the tier. */
  priority: P | null;
  /** The team whose group to assign, or null. */
  team: string | null;
}

const list = (items: readonly string[]) => items.join(', ');

function conditionFindings(e: EscalationView, product: string, findings: MappingFinding[]): boolean {
  const at = child(e.at, 'when');
  if (e.tags.length === 0) {
    findings.push({ ruleId: 'helpdesk-unsupported', severity: 'warn', at, message: `Escalation '${e.name}' selects tickets by ticket fields only (${list(e.fieldConditions)}), which no ${product} object supportops exports holds, so it is not exported. Add a tag for it, or build the trigger by hand.` });
    return false;
  }
  if (e.fieldConditions.length === 0) return true;
  const effect = e.match === 'all'
    ? `the trigger checks the tags alone, so it escalates tickets the conditions would have left alone`
    : `the trigger fires on the tags only, so a ticket that meets only those conditions is not escalated`;
  findings.push({ ruleId: 'helpdesk-lossy', severity: 'warn', at: child(at, 'conditions'), message: `${product} holds no ticket field supportops can name for escalation '${e.name}' (${list(e.fieldConditions)}): ${effect}. Add those conditions to the trigger by hand.` });
  return true;
}

function priorityOf<P>(e: EscalationView, view: PolicyView, priorities: readonly P[], product: string, label: (p: P) => string, findings: MappingFinding[]): P | null {
  const found = view.slaPolicies
    .filter((p) => p.channels.length > 0)
    .flatMap((policy) => {
      const tier = policy.tiers.find((t) => t.name === e.tier);
      const priority = tier ? prioritiesOf(assignPriorities(policy, priorities, product, label).assigned, tier)[0] : undefined;
      return priority === undefined ? [] : [{ policy: policy.name, priority }];
    });
  const at = child(e.at, 'tier');
  if (found.length === 0) {
    findings.push({ ruleId: 'helpdesk-lossy', severity: 'warn', at, message: `No SLA policy exported to ${product} has a tier '${e.tier}', so escalation '${e.name}' sets no priority.` });
    return null;
  }
  const distinct = [...new Set(found.map((f) => label(f.priority)))];
  if (distinct.length > 1) {
    findings.push({ ruleId: 'helpdesk-lossy', severity: 'info', at, message: `Tier '${e.tier}' is priority ${list(found.map((f) => `${label(f.priority)} in ${f.policy}`))}; escalation '${e.name}' sets ${label(found[0]!.priority)}, as in ${found[0]!.policy}.` });
  }
  return found[0]!.priority;
}

function teamOf(e: EscalationView, product: string, findings: MappingFinding[]): string | null {
  const at = child(e.at, 'routeTo');
  if (e.teams.length === 1) return e.teams[0]!;
  if (e.teams.length === 0) findings.push({ ruleId: 'helpdesk-lossy', severity: 'warn', at, message: `No team has role '${e.routeTo}', so escalation '${e.name}' assigns no group in ${product}.` });
  else findings.push({ ruleId: 'helpdesk-lossy', severity: 'warn', at, message: `A ${product} trigger assigns one group, and role '${e.routeTo}' has ${e.teams.length} teams (${list(e.teams)}): escalation '${e.name}' sets the priority only. Route these tickets to the team on shift by hand (for example with one trigger per schedule).` });
  return null;
}

/** What each escalation becomes in a product whose priorities are `priorities`, most urgent first. */
export function escalationPlans<P>(view: PolicyView, priorities: readonly P[], product: string, label: (p: P) => string): { plans: EscalationPlan<P>[]; findings: MappingFinding[] } {
  const findings: MappingFinding[] = [];
  const plans = view.escalations.flatMap((e) => {
    if (!conditionFindings(e, product, findings)) return [];
    const priority = priorityOf(e, view, priorities, product, label, findings);
    const team = teamOf(e, product, findings);
    if (priority === null && team === null) {
      findings.push({ ruleId: 'helpdesk-unsupported', severity: 'warn', at: e.at, message: `Escalation '${e.name}' would neither raise the priority nor assign a group in ${product}, so it is not exported.` });
      return [];
    }
    const left = [`watching the ${e.within} pick-up window`, ...e.extras];
    const words = joinAnd(left);
    findings.push({ ruleId: 'helpdesk-lossy', severity: 'info', at: child(e.at, 'within'), message: `A ${product} trigger only raises and routes, so for escalation '${e.name}' ${words} stay with your team (an SLA target or an automation can watch the window).` });
    return [{ escalation: e, priority, team }];
  });
  return { plans, findings };
}
