import { describe, expect, it } from 'vitest';
import { exampleSet, findings, starter } from '../helpers/policies.js';
import { urgentCalls } from '../helpers/scenarios.js';

describe('sync-service-level', () => {
  it('accepts staffing that meets the service level in every open hour', () => {
    expect(findings(exampleSet(), 'sync-service-level')).toEqual([]);
    expect(findings(starter(), 'sync-service-level')).toEqual([]);
    expect(findings(urgentCalls(55), 'sync-service-level')).toEqual([]);
  });

  it('reports hours with fewer agents than Erlang C requires, with the worst hour', () => {
    expect(findings(urgentCalls(80), 'sync-service-level')).toEqual([
      "channels.yaml:68:22 error Channel 'urgent-line' promises 80% within 1m, but in 8760 of its 8760 open hours over the horizon fewer agents are on shift than Erlang C requires. The worst is 2026-11-23 00:00 UTC: 3.3 contacts an hour need 3 agents, 2 are on shift, so about 62% are answered in time. Add agents in those hours or loosen the target.",
    ]);
  });
});
