/**
 * Feasibility before → after: coverage gaps opened or closed, capacity margin gained or lost.
 * Breaking is kept for what customers are told; a promise that staffing can no longer keep, or
 * less slack, is notable (and the check reports the broken promise as an error); improvements are info.
 */
import type { FeasibilityFacts } from '../facts/compute-facts.js';
import type { Model } from '../model/model.js';
import type { Change } from './change.js';
import { compareCapacity } from './compare-capacity.js';
import { compareCoverage } from './compare-coverage.js';

export interface Side {
  model: Model;
  facts: FeasibilityFacts;
}

export function compareFeasibility(base: Side, head: Side): Change[] {
  const side = (s: Side, kind: 'channels' | 'escalations') => ({ model: s.model, facts: s.facts.coverage[kind] });
  return [
    ...compareCoverage(side(base, 'channels'), side(head, 'channels'), 'channel'),
    ...compareCoverage(side(base, 'escalations'), side(head, 'escalations'), 'escalation'),
    ...compareCapacity({ model: base.model, facts: base.facts.capacity }, { model: head.model, facts: head.facts.capacity }),
  ];
}
