import { historyFacts } from '../../src/measure/history-facts.js';
import { measureView } from '../../src/measure/measure-view.js';
import type { PauseNote } from '../../src/measure/pause-notes.js';
import { validatePolicies } from '../../src/model/validate-policies.js';
import { edit, starter, toFiles, type FileSet } from '../helpers/policies.js';
import { ruleTester } from '../helpers/rule-tester.js';

const paused = (set: FileSet, line: string) => edit(set, 'channels.yaml', '  schedule: office-hours\n  tiers:\n', `  schedule: office-hours\n  pausedWhile: ${line}\n  tiers:\n`);
const pending = paused(starter(), '{ resolution: [pending] }');
const SYNC_REPLIES = '  slaPolicy: urgent-line-sla\n  demand: { ticketsPerDay: 10, tierMix: { live-call: 100% }, customerReplies: { share: 40%, meanWait: 4h } }\n';

function withNote(set: FileSet, note: Partial<PauseNote>): { history: ReturnType<typeof historyFacts> } {
  const full: PauseNote = { channel: 'email', policy: 'email-sla', kind: 'no-status-history', status: 'on-hold', metrics: ['resolution'], tickets: 3, files: ['tickets.csv'], message: 'the note.', ...note };
  return { history: historyFacts([], measureView(validatePolicies(toFiles(set)).model), 'tickets.csv', [full]) };
}

ruleTester('pause-declarations', {
  valid: [
    { name: 'no pausedWhile: every clock runs', set: starter() },
    { name: 'resolution paused while pending', set: pending },
    { name: 'resolution paused while pending or on hold', set: paused(starter(), '{ resolution: [pending, on-hold] }') },
    { name: 'customer replies on an async channel', set: edit(pending, 'channels.yaml', '  urgentPath: urgent-line\n', '  urgentPath: urgent-line\n  demand: { ticketsPerDay: 10, tierMix: { standard: 100% }, customerReplies: { share: 40%, meanWait: 4h } }\n') },
  ],
  invalid: [
    {
      name: 'a pause on the first response',
      set: paused(starter(), '{ firstResponse: [on-hold] }'),
      findings: ["channels.yaml:41:33 warn SLA policy 'email-sla' stops the first-response clock while a ticket is on-hold. Before the first reply nobody has asked the customer anything, so a ticket parked there is one left unanswered while the clock stands still. Remove firstResponse from pausedWhile; pause nextResponse or resolution instead."],
    },
    {
      name: 'a pause on a clock no tier targets',
      set: paused(starter(), '{ nextResponse: [pending] }'),
      findings: ["channels.yaml:41:32 warn SLA policy 'email-sla' stops the next-response clock while a ticket is pending, but none of its tiers has a next-response target, so this stops nothing. Remove nextResponse from pausedWhile, or add the target it was meant for."],
    },
    {
      name: 'customer replies on a sync channel, at the field',
      set: edit(starter(), 'channels.yaml', '  slaPolicy: urgent-line-sla\n', SYNC_REPLIES),
      findings: ["channels.yaml:33:79 warn Channel 'urgent-line' is sync: the customer waits on the line, so its first reply never leaves them a question to answer later and customerReplies is ignored. Remove customerReplies, or make the channel async if replies come later."],
    },
    {
      name: 'a history without the spans the policy pauses on, at the declaration',
      set: pending,
      options: withNote(pending, {}),
      findings: ["channels.yaml:41:30 warn Channel 'email': the note."],
    },
    {
      name: 'a helpdesk that paused where the policy does not, at the policy',
      set: starter(),
      options: withNote(starter(), { kind: 'helpdesk-paused', status: 'pending' }),
      findings: ["channels.yaml:39:3 warn Channel 'email': the note."],
    },
  ],
});
