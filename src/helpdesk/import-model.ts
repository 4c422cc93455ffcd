/**
 * What a product's import reads out of its live configuration, before it becomes policy YAML:
 * schedules, SLA policies with their tiers and the media they select, groups and templates, each
 * with where it came from. Notes are things the helpdesk holds that supportops does not import.
 */
import { formatDuration } from '../values/durations.js';
import type { Weekday } from './policy-view.js';

export interface ImportedSchedule {
  name: string;
  timeZone: string;
  /** HH:MM-HH:MM per weekday. */
  weekly: Partial<Record<Weekday, string[]>>;
  holidays: { date: string; name: string }[];
  /** "Zendesk schedule 'EMEA' (id 3)", for messages. */
  source: string;
  /** What had to be guessed about it (the zone, holiday years), in words. */
  guesses: string[];
}

export interface ImportedTier {
  name: string;
  priority: number;
  description: string;
  /** Policy durations: "4h", "1d". */
  firstResponse: string;
  nextResponse: string | null;
  /** One helpdesk target; supportops wants a median and a 90th percentile, so both are set to it. */
  resolution: string | null;
}

export interface ImportedSla {
  name: string;
  clock: 'business' | 'calendar';
  schedule: string | null;
  /** The statuses the helpdesk's resolution clock stops in (the policy's pausedWhile.resolution); absent when it never stops. */
  resolutionPausedWhile?: ('pending' | 'on-hold')[];
  tiers: ImportedTier[];
  /** supportops media this policy selects (email, web-form, chat, phone). */
  media: string[];
  source: string;
  guesses: string[];
}

export interface ImportedTemplate {
  name: string;
  purpose: 'intake' | 'handoff' | 'solved-note';
  sections: { heading: string; prompt: string | null; required: boolean }[];
  source: string;
  guesses: string[];
}

export interface ImportedOrg {
  product: string;
  schedules: ImportedSchedule[];
  slas: ImportedSla[];
  groups: { name: string; source: string }[];
  templates: ImportedTemplate[];
  /** What was not imported, in words (derived triggers, folders). */
  notes: string[];
}

/** A policy name (lowercase letters, digits and dashes) from any text; "imported" when nothing is left. */
export function slug(text: string): string {
  const s = text.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 63).replace(/-+$/, '');
  return s || 'imported';
}

/** Names made unique within a kind by a -2, -3 … suffix, in the order given. */
export function uniqueNames(): (text: string) => string {
  const used = new Set<string>();
  return (text) => {
    const base = slug(text);
    let name = base;
    for (let i = 2; used.has(name); i++) name = `${base.slice(0, 60)}-${i}`;
    used.add(name);
    return name;
  };
}

/** Seconds as a policy duration ("90m" → "1h30m"), at least 1s: a helpdesk's 0 is no target a policy can hold. */
export function durationText(seconds: number): string {
  return formatDuration(Math.max(1, Math.round(seconds)));
}
