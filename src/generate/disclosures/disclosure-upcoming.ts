/**
 * A disclosure's upcoming changes (docs/effective-dates.md): for each date in the disclosure's
 * window on which a dated revision changes what the channel tells customers, the new sentences,
 * each opening with the date ("From 4 January 2027: …"). Built here only, from the disclosures of
 * the versions before and from that date, so every format shows the same words.
 */
import type { Model } from '../../model/model.js';
import { changeDatesAhead } from '../change-dates.js';
import { ENGLISH, type Phrases } from '../locale/phrases.js';
import { dateWords } from '../words/date-words.js';
import { hoursSentence } from './disclosure-markdown.js';
import type { Disclosure } from './disclosure-shape.js';

export interface UpcomingChange {
  from: string;
  text: string;
}

/** The parts of a disclosure a customer reads, each as one sentence, keyed so two versions line up. */
function sentences(d: Disclosure | undefined, p: Phrases): Map<string, string> {
  const out = new Map<string, string>();
  if (!d) return out;
  if (d.notice) out.set('notice', d.notice);
  if (d.urgent) out.set('urgent', d.urgent.text);
  for (const t of d.tiers) out.set(`tier:${t.name}`, p.say('tier.line', { title: t.title, sentence: t.sentence }));
  if (d.pauses) out.set('pauses', d.pauses);
  const hours = hoursSentence(d, p);
  if (hours) out.set('hours', hours);
  return out;
}

/** What changes for the channel's customers on `date`: the sentences of the new version that differ. */
function changesOn(date: string, before: Disclosure | undefined, after: Disclosure | undefined, name: string, p: Phrases): UpcomingChange[] {
  const from = dateWords(date, false, p);
  if (before && !after) return [{ from: date, text: p.say('upcoming.gone', { date: from, name }) }];
  const old = sentences(before, p);
  const now = sentences(after, p);
  const changed = [...now].filter(([key, text]) => old.get(key) !== text);
  const dropped = before ? before.tiers.filter((t) => !now.has(`tier:${t.name}`)) : [];
  return [
    ...changed.map(([, text]) => ({ from: date, text: p.say('upcoming.change', { date: from, text }) })),
    ...dropped.map((t) => ({ from: date, text: p.say('upcoming.tierGone', { date: from, name: t.name, title: t.title }) })),
  ];
}

/**
 * The upcoming changes of channel `name`, in date order, over the `days` from `asOf`. `build`
 * gives the disclosure of one version, `now` the one in force on `asOf`; `model` knows every
 * version over time.
 */
export function upcomingChanges(model: Model, name: string, asOf: string, days: number, build: (version: Model) => Disclosure | undefined, now: Disclosure, p: Phrases = ENGLISH): UpcomingChange[] {
  const out: UpcomingChange[] = [];
  let before: Disclosure | undefined = now;
  for (const date of changeDatesAhead(model, asOf, days)) {
    const after = build(model.timeline.at(date));
    out.push(...changesOn(date, before, after, before?.displayName ?? name, p));
    before = after;
  }
  return out;
}
