/** The comparison of two models: definitions, promises, hours and fields (no feasibility, no text). */
import { cmp } from '../values/order.js';
import type { Model } from '../model/model.js';
import { sortChanges, type Change } from './change.js';
import { compareArticles } from './compare-articles.js';
import { compareChannels } from './compare-channels.js';
import { compareDefinitions } from './compare-definitions.js';
import { compareFields } from './compare-fields.js';
import { compareHours } from './compare-hours.js';
import { compareSla } from './compare-sla.js';

/** One shape for every consumer: channel lists sorted, and left out when empty (they say nothing). */
export function tidy(change: Change): Change {
  const { channels, ...rest } = change;
  // Spreading the whole change first keeps `channels` where it was among the keys.
  return channels?.length ? { ...change, channels: [...channels].sort(cmp) } : rest;
}

/** Compares two versions of the policies, each one model. */
export function diffModels(base: Model, head: Model): Change[] {
  return sortChanges([...compareSla(base, head), ...compareHours(base, head), ...compareDefinitions(base, head), ...compareChannels(base, head), ...compareFields(base, head), ...compareArticles(base, head)].map(tidy));
}

