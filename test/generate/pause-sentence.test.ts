/** The disclosure tells customers which times stop while their ticket waits, never more than the policy says. */
import { describe, expect, it } from 'vitest';
import { pauseSentence } from '../../src/generate/disclosures/disclosure-sentences.js';
import { customerViews, policyHash } from '../../src/generate/generate-artifacts.js';
import { validatePolicies } from '../../src/model/validate-policies.js';
import { AS_OF, edit, exampleSet, toFiles, type FileSet } from '../helpers/policies.js';
import { DEFAULT_ACK } from './helpers.js';

function disclosureOf(set: FileSet, channel: string) {
  const files = toFiles(set);
  const views = customerViews({ model: validatePolicies(files, { asOf: AS_OF }).model, policyHash: policyHash(files), asOf: AS_OF, templates: { acknowledgement: DEFAULT_ACK } });
  return views.disclosures.find((d) => d.channel === channel)!;
}

describe('pauseSentence', () => {
  it('says nothing when every clock runs', () => {
    expect(pauseSentence({ pending: [], onHold: [] })).toBeNull();
  });

  it('names the clocks that stop while the customer is asked something, in order', () => {
    expect(pauseSentence({ pending: ['resolution'], onHold: [] })).toBe("Time spent waiting for your reply doesn't count towards our resolution time.");
    expect(pauseSentence({ pending: ['nextResponse', 'resolution'], onHold: [] })).toBe("Time spent waiting for your reply doesn't count towards our later-reply and resolution times.");
  });

  it('says on hold as waiting on someone outside the team, in one sentence when the clocks are the same', () => {
    expect(pauseSentence({ pending: [], onHold: ['resolution'] })).toBe("Time spent waiting on someone outside our team doesn't count towards our resolution time.");
    expect(pauseSentence({ pending: ['resolution'], onHold: ['resolution'] })).toBe("Time spent waiting for your reply, or on someone outside our team, doesn't count towards our resolution time.");
    expect(pauseSentence({ pending: ['nextResponse', 'resolution'], onHold: ['resolution'] })).toBe(
      "Time spent waiting for your reply doesn't count towards our later-reply and resolution times. Time spent waiting on someone outside our team doesn't count towards our resolution time.",
    );
  });
});

describe('the disclosure', () => {
  const example = exampleSet();

  it('carries the paused clocks and the sentence for a policy that pauses resolution while pending', () => {
    const email = disclosureOf(example, 'email');
    expect(email.pausedWhileWaiting).toEqual({ pending: ['resolution'], onHold: [] });
    expect(email.pauses).toBe("Time spent waiting for your reply doesn't count towards our resolution time.");
  });

  it('says nothing for a policy that pauses nothing, nor for a clock no tier publishes', () => {
    expect(disclosureOf(example, 'live-chat')).toMatchObject({ pausedWhileWaiting: { pending: [], onHold: [] }, pauses: null });
    // live-chat-sla has no resolution target: pausing it there stops nothing a customer was promised.
    const set = edit(example, 'sla/async-sla.yaml', /( {2}name: live-chat-sla\neffective: [^\n]*\nspec:\n)/g, '$1  pausedWhile: { resolution: [pending] }\n');
    expect(disclosureOf(set, 'live-chat').pauses).toBeNull();
  });

  it('announces a dated revision that starts pausing, as an upcoming change', () => {
    const text = example['sla/async-sla.yaml']!;
    const emergency = text.slice(text.indexOf('apiVersion: supportops/v1\nkind: SlaPolicy\nmetadata:\n  name: emergency-sla'));
    const before = emergency.replace('  pausedWhile: { resolution: [pending] }\n', '').replace('metadata:\n  name: emergency-sla\n', 'metadata:\n  name: emergency-sla\neffective: { until: 2027-01-04 }\n');
    const after = emergency.replace('metadata:\n  name: emergency-sla\n', 'metadata:\n  name: emergency-sla\neffective: { from: 2027-01-04 }\n');
    const set = { ...example, 'sla/async-sla.yaml': `${text.slice(0, text.length - emergency.length)}${before}---\n${after}` };
    const whatsapp = disclosureOf(set, 'whatsapp');
    expect(whatsapp.pauses).toBeNull();
    expect(whatsapp.upcoming).toEqual([{ from: '2027-01-04', text: "From 4 January 2027: Time spent waiting for your reply doesn't count towards our resolution time." }]);
  });
});
