import { edit, starter } from '../helpers/policies.js';
import { ruleTester } from '../helpers/rule-tester.js';

const s = (file: string, from: string, to: string) => edit(starter(), file, from, to);
const noSyncPath = () => s('routing.yaml', '  syncChannel: urgent-line\n', '');

ruleTester('trigger-has-sync-path', {
  valid: [
    { name: 'a trigger with a synchronous channel', set: starter() },
    { name: 'a synchronous channel that is not defined is left to no-unresolved-references', set: s('routing.yaml', 'syncChannel: urgent-line', 'syncChannel: phone') },
  ],
  invalid: [
    {
      name: 'a trigger with no synchronous path, listing the sync channels, at its spec',
      set: noSyncPath(),
      findings: ["routing.yaml:25:1 error Escalation trigger 'outage' has no synchronous path, so urgent cases stay stuck in async queues. Add `syncChannel:` naming a sync channel ('urgent-line')."],
    },
    {
      name: 'a trigger with no synchronous path when no sync channel exists yet',
      set: edit(edit(noSyncPath(), 'channels.yaml', '  mode: sync\n', '  mode: async\n'), 'channels.yaml', '  urgentPath: urgent-line\n', ''),
      findings: ["routing.yaml:25:1 error Escalation trigger 'outage' has no synchronous path, so urgent cases stay stuck in async queues. Add `syncChannel:` naming a sync channel (none is defined yet: add a phone or live-chat channel with mode: sync)."],
    },
    {
      name: 'a trigger whose synchronous path is an async channel, pointing at that channel\'s mode',
      set: s('routing.yaml', 'syncChannel: urgent-line', 'syncChannel: email'),
      findings: ["routing.yaml:33:16 error Escalation trigger 'outage' escalates to 'email', which is an async channel. Name a channel with mode: sync ('urgent-line')."],
      related: [["channels.yaml:6:9 Channel 'email' is async."]],
    },
    {
      name: 'a path that became async, with no sync channel left to suggest',
      set: s('channels.yaml', '  mode: sync\n', '  mode: async\n'),
      findings: ["routing.yaml:33:16 error Escalation trigger 'outage' escalates to 'urgent-line', which is an async channel. Name a channel with mode: sync."],
      related: [["channels.yaml:23:9 Channel 'urgent-line' is async."]],
    },
  ],
});
