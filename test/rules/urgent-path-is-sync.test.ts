import { edit, starter } from '../helpers/policies.js';
import { ruleTester } from '../helpers/rule-tester.js';

const s = (from: string, to: string) => edit(starter(), 'channels.yaml', from, to);
const withoutPath = (mix?: string) =>
  s('  slaPolicy: email-sla\n  urgentPath: urgent-line\n', `  slaPolicy: email-sla\n${mix ? `  demand:\n    ticketsPerDay: 10\n    tierMix: ${mix}\n` : ''}`);
const NO_PATH = "channels.yaml:5:1 error Async channel 'email' takes 'urgent' tickets but gives customers no synchronous way to reach us. Add `urgentPath:` naming a phone or live-chat channel.";

ruleTester('urgent-path-is-sync', {
  valid: [
    { name: 'an async channel pointing to a phone line; the phone line itself needs no urgent path', set: starter() },
    { name: 'an async channel whose demand has no urgent tickets', set: withoutPath('{ urgent: 0%, standard: 100% }') },
    { name: 'an async channel whose demand leaves the urgent tier out', set: withoutPath('{ standard: 100% }') },
    { name: 'an urgent path that is not defined is left to no-unresolved-references', set: s('urgentPath: urgent-line', 'urgentPath: phone') },
  ],
  invalid: [
    {
      name: 'an urgent path that is async too, pointing at its mode',
      set: s('  mode: sync\n  medium: phone\n', '  mode: async\n  medium: phone\n'),
      findings: [
        "channels.yaml:16:15 error Channel 'email' sends urgent cases to 'urgent-line', which is async too. Point urgentPath at a channel with mode: sync.",
        "channels.yaml:22:1 error Async channel 'urgent-line' takes 'live-call' tickets but gives customers no synchronous way to reach us. Add `urgentPath:` naming a phone or live-chat channel.",
      ],
      related: [["channels.yaml:23:9 Channel 'urgent-line' is async."], []],
    },
    { name: 'an async channel with a priority-1 tier and no urgent path, at its spec', set: withoutPath(), findings: [NO_PATH] },
    { name: 'an async channel whose demand includes urgent tickets', set: withoutPath('{ urgent: 5%, standard: 95% }'), findings: [NO_PATH] },
  ],
});
