import type { ChannelCalibration } from '../../src/measure/calibration.js';
import { historyFacts, type HistoryFacts } from '../../src/measure/history-facts.js';
import { measureView } from '../../src/measure/measure-view.js';
import { validatePolicies } from '../../src/model/validate-policies.js';
import { exampleSet, starter, toFiles, type FileSet } from '../helpers/policies.js';
import { ruleTester } from '../helpers/rule-tester.js';

const example = exampleSet();
const declaredEmail = measureView(validatePolicies(toFiles(example)).model).channels.find((c) => c.name === 'email')!.demand!;

/** What a history of `channel` measured over 2026-09-01..2026-11-30: the declared shape and mix unless given. */
function measured(channel: string, ticketsPerDay: number, over: Partial<ChannelCalibration> = {}): ChannelCalibration {
  const scale = ticketsPerDay / declaredEmail.ticketsPerDay;
  return {
    channel, timeZone: 'Europe/London', from: '2026-09-01', to: '2026-12-01', days: 91, tickets: Math.round(ticketsPerDay * 91), ticketsPerDay,
    tierMix: { high: 0.22, standard: 0.75, urgent: 0.03 }, arrivalsPerHourOfWeek: Array.from(declaredEmail.weekly!, (x) => x * scale), hourOccurrences: Array<number>(168).fill(13),
    growth: null, fullWeeks: 13, handleSeconds: null, ...over,
  };
}

const history = (set: FileSet, ...channels: ChannelCalibration[]): { history: HistoryFacts } => ({
  history: historyFacts(channels, measureView(validatePolicies(toFiles(set)).model), 'tickets.csv'),
});

const TAIL = '(supportops measure --write-demand prints the block to paste in), or check the export and how its tickets map to channels.';

ruleTester('demand-matches-history', {
  valid: [
    { name: 'no history given (the rule needs one)', set: example },
    { name: 'a history within tolerance of the declared demand', set: example, options: history(example, measured('email', 210)) },
  ],
  invalid: [
    {
      name: 'more tickets than declared, at ticketsPerDay',
      set: example,
      options: history(example, measured('email', 260)),
      findings: [`channels/email.yaml:20:20 warn Channel 'email': declared 200 a day; measured 260 a day over 2026-09-01..2026-11-30 (+30%) in tickets.csv. Update the declared demand ${TAIL}`],
    },
    {
      name: 'a tier mix that moved, at the tier',
      set: example,
      options: history(example, measured('email', 200, { tierMix: { high: 0.22, standard: 0.65, urgent: 0.13 } })),
      findings: [
        `channels/email.yaml:21:24 warn Channel 'email': tier 'urgent': declared 3% of the volume; measured 13% over 2026-09-01..2026-11-30 in tickets.csv. Update the declared demand ${TAIL}`,
        `channels/email.yaml:21:49 warn Channel 'email': tier 'standard': declared 75% of the volume; measured 65% over 2026-09-01..2026-11-30 in tickets.csv. Update the declared demand ${TAIL}`,
      ],
    },
    {
      name: 'tickets arriving in other hours than the profile says',
      set: example,
      options: history(example, measured('email', 200, { arrivalsPerHourOfWeek: Array.from({ length: 168 }, (_, h) => (h % 24 < 6 ? 10 : 0)) })),
      findings: [`channels/email.yaml:24:7 warn Channel 'email': 88% of the week's tickets arrive in other hours than the arrival profile says, over 2026-09-01..2026-11-30 in tickets.csv. Update the declared demand ${TAIL}`],
    },
    {
      name: 'a channel that declares no demand, at its spec',
      set: starter(),
      options: history(starter(), measured('email', 40)),
      findings: [`channels.yaml:6:3 warn Channel 'email': no demand declared; measured 40 a day over 2026-09-01..2026-11-30 in tickets.csv. Declare the measured demand ${TAIL}`],
    },
  ],
});
