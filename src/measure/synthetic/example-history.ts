/**
 * The shipped example history (examples/history/): the example policies' own simulation replayed
 * as one export in each supported format, over a week that crosses London's spring clock change.
 * Small enough to commit: the generic CSV holds every channel; Zendesk four days of the web form
 * (with pauses in its metric events); Freshdesk and Zammad, which export no status history, a
 * synchronous channel each (live chat, the urgent line), so nothing they cannot say is lost.
 * Regenerating gives the same bytes (scripts/history-examples.ts writes them; a test compares).
 */
import { DAY_MS } from '../../time/civil.js';
import type { Model } from '../../model/model.js';
import type { TicketRecord } from '../../history/ticket-record.js';
import { measureView } from '../measure-view.js';
import { freshdeskCsv, genericCsvOf, zammadJson, zendeskPages, type ExportFile } from './export-writers.js';
import { synthesizeHistory, type SyntheticChannel } from './synthetic-history.js';

/** The simulated weeks, and the day the export is taken (`--as-of`): the end of the simulation's drain. */
export const EXAMPLE_HISTORY = { from: '2026-03-26', days: 7, asOf: '2026-04-15', helpdeskZone: 'Europe/London' } as const;


export interface ExampleHistory {
  files: ExportFile[];
  /** Each channel's simulation, to compare the measurement with. */
  channels: SyntheticChannel[];
}

/** Tickets created in the first `ms` of the window, renumbered from 1. */
function firstOf(c: SyntheticChannel, fromMs: number, ms: number): TicketRecord[] {
  return c.tickets.filter((t) => t.createdMs < fromMs + ms).map((t, i) => ({ ...t, id: String(i + 1) }));
}

export function exampleHistory(model: Model): ExampleHistory {
  const channels = synthesizeHistory(model, { asOf: EXAMPLE_HISTORY.from, days: EXAMPLE_HISTORY.days });
  const view = measureView(model);
  const rank = (channel: string) => (tier: string | undefined) => view.channels.find((c) => c.name === channel)?.tiers.find((t) => t.name === tier)?.priority ?? 3;
  const byName = new Map(channels.map((c) => [c.channel, c]));
  const fromMs = Date.parse(`${EXAMPLE_HISTORY.from}T00:00:00Z`);
  // Every channel in one generic CSV, by creation time, numbered as one helpdesk would.
  const all = channels.flatMap((c) => c.tickets.map((t) => [t, c.channel] as const)).sort(([a, x], [b, y]) => a.createdMs - b.createdMs || (x < y ? -1 : x > y ? 1 : 0) || Number(a.id) - Number(b.id));
  const files = [genericCsvOf(all.map(([t, channel], i) => [{ ...t, id: String(i + 1) }, channel] as const), 'tickets.csv')];
  const web = byName.get('web-form');
  if (web) files.push(...zendeskPages(firstOf(web, fromMs, 4 * DAY_MS), 'web', rank('web-form'), 500).map((f) => ({ ...f, path: `zendesk/${f.path}` })));
  const chat = byName.get('live-chat');
  if (chat) files.push({ ...freshdeskCsv(firstOf(chat, fromMs, 7 * DAY_MS), 'Chat', rank('live-chat'), EXAMPLE_HISTORY.helpdeskZone), path: 'freshdesk-tickets.csv' });
  const phone = byName.get('urgent-line');
  if (phone) files.push({ ...zammadJson(firstOf(phone, fromMs, 7 * DAY_MS), 'phone', rank('urgent-line')), path: 'zammad-tickets.json' });
  return { files: files.sort((a, b) => (a.path < b.path ? -1 : 1)), channels };
}
