import { describe, expect, it } from 'vitest';
import { edit, exampleSet, findings } from '../helpers/policies.js';

describe('metric-target-matches-sla', () => {
  it('accepts metric targets equal to the published SLA, and rate metrics', () => {
    expect(findings(exampleSet(), 'metric-target-matches-sla')).toEqual([]);
  });

  it('warns when a first-response metric measures a different promise', () => {
    const set = edit(exampleSet(), 'governance/metrics.yaml', 'tier: high, target: 90% within 4h', 'tier: high, target: 80% within 8h');
    expect(findings(set, 'metric-target-matches-sla')).toEqual([
      "governance/metrics.yaml:10:74 warn The first-response-time target for 'high' on 'email' is 80% within 8h, but the channel publishes 90% within 4h. Reports would measure a different promise from the one customers see: make them the same.",
    ]);
  });

  it('gives the published share as written, not rounded to a whole percent', () => {
    const set = edit(exampleSet(), 'sla/async-sla.yaml', 'firstResponse: 90% within 4h', 'firstResponse: 90.5% within 4h');
    expect(findings(set, 'metric-target-matches-sla')).toEqual([
      "governance/metrics.yaml:10:74 warn The first-response-time target for 'high' on 'email' is 90% within 4h, but the channel publishes 90.5% within 4h. Reports would measure a different promise from the one customers see: make them the same.",
    ]);
  });
});
