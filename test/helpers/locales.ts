/** The starter set's email channel in other languages (docs/locales.md), with as many of its words as asked. */
import { edit, starter, type FileSet } from './policies.js';

export interface GermanWords {
  channel?: boolean;
  tiers?: boolean;
  urgent?: boolean;
}

/** One language's words for the starter: the email channel's name, the urgent line's, and the email SLA's two tiers. */
export interface PolicyWords {
  channel: string;
  urgent: string;
  urgentTier: { title: string; description: string };
  standardTier: { title: string; description: string };
}

export const GERMAN: PolicyWords = {
  channel: 'E-Mail-Support',
  urgent: 'Notfall-Hotline',
  urgentTier: { title: 'Dringend', description: 'Ausfall oder Sicherheitsproblem.' },
  standardTier: { title: 'Standard', description: 'Alles andere.' },
};

/**
 * The email channel with `locales` (as written, "[en, de]"), and the words of `locale` that
 * `which` asks for (German by default).
 */
export function withLocales(locales: string, which: GermanWords = {}, set: FileSet = starter(), locale = 'de', words: PolicyWords = GERMAN): FileSet {
  const tier = (t: PolicyWords['urgentTier']) => `      translations: { ${locale}: { title: ${t.title}, description: ${t.description} } }\n`;
  let out = edit(set, 'channels.yaml', '  urgentPath: urgent-line\n', `  urgentPath: urgent-line\n  locales: ${locales}\n${which.channel ? `  translations: { ${locale}: { displayName: ${words.channel} } }\n` : ''}`);
  if (which.urgent) out = edit(out, 'channels.yaml', '  slaPolicy: urgent-line-sla\n', `  slaPolicy: urgent-line-sla\n  translations: { ${locale}: { displayName: ${words.urgent} } }\n`);
  if (which.tiers) {
    out = edit(out, 'channels.yaml', '      description: Outage or security issue.\n', `      description: Outage or security issue.\n${tier(words.urgentTier)}`);
    out = edit(out, 'channels.yaml', '      description: Everything else.\n', `      description: Everything else.\n${tier(words.standardTier)}`);
  }
  return out;
}

export const ALL_GERMAN: GermanWords = { channel: true, tiers: true, urgent: true };
