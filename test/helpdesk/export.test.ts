/**
 * Every product's export of the example organisation: every payload validates against the
 * vendor-derived schema, the output is byte-identical on a second run, and keys are unique.
 */
import { describe, expect, it } from 'vitest';
import { exportArtifacts } from '../../src/helpdesk/export-files.js';
import { TARGETS } from '../../src/helpdesk/target.js';
import { schemaProblem } from '../fakes/vendor-schemas.js';
import { policyView } from '../../src/helpdesk/policy-view.js';
import { validatePolicies } from '../../src/model/validate-policies.js';
import { edit, toFiles } from '../helpers/policies.js';
import { DEFAULT_ACK, EXAMPLE, exportOf, payloadProblems } from './helpers.js';

describe.each(TARGETS)('%s export of the example organisation', (target) => {
  const { exported, findings } = exportOf(target);

  it('validates every payload against the vendor-derived schemas', () => {
    expect(exported.objects.length).toBeGreaterThan(20);
    expect(payloadProblems(target, exported)).toEqual([]);
  });

  it('writes the same files, byte for byte, every time', () => {
    const again = exportOf(target);
    expect(exportArtifacts(again.exported)).toEqual(exportArtifacts(exported));
    expect(again.findings).toEqual(findings);
  });

  it('gives every object its own key and file', () => {
    const keys = exported.objects.map((o) => o.key);
    expect(new Set(keys).size).toBe(keys.length);
    const paths = exportArtifacts(exported).map((a) => a.path);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('reports lossy mappings as findings located in the policies, never silently', () => {
    expect(findings.length).toBeGreaterThan(5);
    for (const f of findings) expect(f).toMatch(/^helpdesk-(lossy|unsupported) [a-z/-]+\.yaml:\d+:\d+ (error|warn|info) /);
  });
});

describe('the vendor schemas reject what the APIs reject', () => {
  it.each([
    ['zendesk', 'sla-policy', { title: 'x', filter: { all: [], any: [] }, policy_metrics: [{ priority: 'critical', metric: 'first_reply_time', target: 60, business_hours: true }] }],
    ['zendesk', 'workweek', { intervals: [{ start_time: 1980, end_time: 10081 }] }],
    ['zendesk', 'schedule', { name: 'x', time_zone: 'Europe/London' }],
    ['freshdesk', 'sla-policy', { name: 'x', applicable_to: { sources: [1] }, sla_target: { priority_4: { respond_within: 60, resolve_within: 60, business_hours: true, escalation_enabled: false } } }],
    ['freshdesk', 'business-hours', { name: 'x', time_zone: 'London', business_hours: { monday: { start_time: '09:00', end_time: '17:00' } } }],
    ['zammad', 'calendar', { name: 'x', timezone: 'Europe/London', business_hours: { mon: { active: true, timeframes: [['9:00', '17:00']] } } }],
    ['zammad', 'sla', { name: 'x', condition: {}, first_response_time: 60 }],
  ] as const)('%s %s', (product, schema, payload) => {
    expect(schemaProblem(product, schema, payload)).not.toBeNull();
  });
});

describe('an acknowledgement template that does not render', () => {
  it('is a located problem, and no acknowledgement is exported from it', () => {
    const set = edit(EXAMPLE, 'templates/acknowledgement.yaml', '{{channel.displayName}}', '{{channel.colour}}');
    const { view, problems } = policyView({ model: validatePolicies(toFiles(set)).model, acknowledgementTemplate: DEFAULT_ACK });
    expect(view.acknowledgements).toEqual([]);
    expect(problems.map((p) => `${p.at?.file}:${p.line}:${p.column} ${p.message}`)).toEqual([expect.stringMatching(/^templates\/acknowledgement\.yaml:\d+:\d+ In acknowledgement template 'acknowledgement': .*channel\.colour/)]);
  });
});
