import { edit, starter } from '../helpers/policies.js';
import { ruleTester } from '../helpers/rule-tester.js';

const team = (from: string, to: string) => edit(starter(), 'people.yaml', from, to);
const CHAT = 'apiVersion: supportops/v1\nkind: Channel\nmetadata:\n  name: live-chat\nspec:\n  mode: sync\n  medium: chat\n  looksLive: true\n  purpose: Quick questions.\n  allowedUses: [Questions]\n  entryPoint: { location: Chat on example.com, showsResponseTime: true }\n  slaPolicy: urgent-line-sla\n';

ruleTester('team-productivity', {
  valid: [
    { name: 'teams with a handle time', set: starter() },
    { name: 'a team with tickets per agent per day instead', set: team('  handleTime: 12m\n', '  ticketsPerAgentPerDay: 30\n') },
    { name: 'a team that answers no channel needs no productivity', set: team('  handleTime: 20m\n  channels: [urgent-line]', '  channels: []') },
    { name: 'concurrency on a team that answers a chat channel', set: { ...team('  channels: [email]', '  concurrency: 2.5\n  channels: [email, live-chat]'), 'chat.yaml': CHAT } },
    { name: 'a concurrency of 1 anywhere', set: team('  handleTime: 12m\n', '  handleTime: 12m\n  concurrency: 1\n') },
  ],
  invalid: [
    {
      name: 'a team that answers channels with no productivity, at its spec',
      set: team('  handleTime: 12m\n', ''),
      findings: ["people.yaml:21:1 error Team 'support-team' answers channels but states no productivity, so its capacity cannot be checked. Add `handleTime:` (such as 12m) or `ticketsPerAgentPerDay:`."],
    },
    {
      name: 'both a handle time and tickets per agent per day, at the second',
      set: team('  handleTime: 12m\n', '  handleTime: 12m\n  ticketsPerAgentPerDay: 30\n'),
      findings: ["people.yaml:28:3 error Team 'support-team' states both handleTime and ticketsPerAgentPerDay; they can disagree. Keep one of them."],
    },
    {
      name: 'concurrency on a team that answers no chat',
      set: team('  handleTime: 12m\n', '  handleTime: 12m\n  concurrency: 2\n'),
      findings: ["people.yaml:28:3 error Team 'support-team' has a concurrency of 2 but answers no chat or messaging channel; concurrency only applies to chats. Remove it or add the chat channel."],
    },
  ],
});
