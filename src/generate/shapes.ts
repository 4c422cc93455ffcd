/**
 * Shapes shared by the JSON artifacts. Each artifact's zod shape is the single source of its
 * TypeScript type and of its published JSON Schema (schemas/*.schema.json, see schemas.ts).
 */
import { z } from 'zod';
import { SCHEMA_BASE } from '../schema/json-schema.js';

/** Bumped when a JSON artifact changes incompatibly. */
export const ARTIFACT_FORMAT_VERSION = 1;

export const PolicyHash = z.string().regex(/^sha256:[0-9a-f]{64}$/).meta({ description: 'sha256 over the policy files sorted by path (path, byte length, bytes): which version of the policies this was generated from.' });

export function schemaUrl(file: string): string {
  return `${SCHEMA_BASE}${file}`;
}

/** The fields every JSON artifact starts with. */
export function envelope(file: string) {
  return {
    $schema: z.literal(schemaUrl(file)),
    formatVersion: z.literal(ARTIFACT_FORMAT_VERSION),
    policyHash: PolicyHash,
  };
}

/** The values of those fields. */
export function header(file: string, policyHash: string): { $schema: string; formatVersion: typeof ARTIFACT_FORMAT_VERSION; policyHash: string } {
  return { $schema: schemaUrl(file), formatVersion: ARTIFACT_FORMAT_VERSION, policyHash };
}

export const ClockKindShape = z.enum(['business', 'calendar']);

export const TargetWordsShape = z.strictObject({
  text: z.string().meta({ description: 'As written in the policy, e.g. "90% within 4h".' }),
  share: z.number().min(0).max(1).meta({ description: 'Share of tickets that must meet it, 0–1.' }),
  seconds: z.number().min(0).meta({ description: 'The time limit in seconds of the clock.' }),
  words: z.string().meta({ description: 'The time limit in words, e.g. "4 business hours".' }),
});

export const DurationShape = z.strictObject({
  text: z.string(),
  seconds: z.number().min(0),
  words: z.string(),
});

export const TierShape = z.strictObject({
  name: z.string(),
  priority: z.number().int().meta({ description: '1 is the most urgent.' }),
  description: z.string(),
  acknowledge: TargetWordsShape.nullable(),
  firstResponse: TargetWordsShape,
  nextResponse: TargetWordsShape.nullable(),
  resolution: z.strictObject({ median: DurationShape, p90: DurationShape }).nullable(),
});

export const ClockShape = z.strictObject({
  kind: ClockKindShape.meta({ description: 'business: counts only the hours of `schedule`; calendar: every hour (24/7).' }),
  schedule: z.string().nullable(),
  timeZone: z.string().nullable(),
  hours: z.string().meta({ description: 'The hours in words, e.g. "Monday–Friday 08:00–18:00 London time (United Kingdom Time)".' }),
});

export const ChannelRefShape = z.strictObject({
  channel: z.string(),
  displayName: z.string(),
});

export type TargetWordsJson = z.infer<typeof TargetWordsShape>;
export type TierJson = z.infer<typeof TierShape>;
export type ClockJson = z.infer<typeof ClockShape>;
