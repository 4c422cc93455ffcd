import { edit, starter } from '../helpers/policies.js';
import { ruleTester } from '../helpers/rule-tester.js';

const withMix = (mix: string) =>
  edit(starter(), 'channels.yaml', '  urgentPath: urgent-line\n', `  urgentPath: urgent-line\n  demand:\n    ticketsPerDay: 10\n    tierMix: ${mix}\n`);

ruleTester('demand-tier-mix-total', {
  valid: [
    { name: 'channels without demand', set: starter() },
    { name: 'a mix of 5% and 95%', set: withMix('{ urgent: 5%, standard: 95% }') },
    { name: 'shares with decimals that add up to 100%', set: withMix('{ urgent: 33.3%, standard: 66.7% }') },
    { name: 'one tier at 100%', set: withMix('{ standard: 100% }') },
  ],
  invalid: [
    {
      name: 'shares that add up to less than 100%, at the tierMix key',
      set: withMix('{ urgent: 5%, standard: 90% }'),
      findings: ["channels.yaml:19:5 error The tier mix of channel 'email' adds up to 95%, not 100%. Adjust the shares so they total 100%."],
    },
    {
      name: 'shares that add up to more than 100%',
      set: withMix('\n      urgent: 10%\n      standard: 95.5%'),
      findings: ["channels.yaml:19:5 error The tier mix of channel 'email' adds up to 105.5%, not 100%. Adjust the shares so they total 100%."],
    },
    {
      name: 'an empty mix',
      set: withMix('{}'),
      findings: ["channels.yaml:19:5 error The tier mix of channel 'email' adds up to 0%, not 100%. Adjust the shares so they total 100%."],
    },
  ],
});
