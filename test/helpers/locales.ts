/** The starter set's email channel in other languages (docs/locales.md), with as many of its German words as asked. */
import { edit, starter, type FileSet } from './policies.js';

export interface GermanWords {
  channel?: boolean;
  tiers?: boolean;
  urgent?: boolean;
}

/** The email channel with `locales` (as written, "[en, de]"), and the German words `words` asks for. */
export function withLocales(locales: string, words: GermanWords = {}, set: FileSet = starter()): FileSet {
  let out = edit(set, 'channels.yaml', '  urgentPath: urgent-line\n', `  urgentPath: urgent-line\n  locales: ${locales}\n${words.channel ? '  translations: { de: { displayName: E-Mail-Support } }\n' : ''}`);
  if (words.urgent) out = edit(out, 'channels.yaml', '  slaPolicy: urgent-line-sla\n', '  slaPolicy: urgent-line-sla\n  translations: { de: { displayName: Notfall-Hotline } }\n');
  if (words.tiers) {
    out = edit(out, 'channels.yaml', '      description: Outage or security issue.\n', '      description: Outage or security issue.\n      translations: { de: { title: Dringend, description: Ausfall oder Sicherheitsproblem. } }\n');
    out = edit(out, 'channels.yaml', '      description: Everything else.\n', '      description: Everything else.\n      translations: { de: { title: Standard, description: Alles andere. } }\n');
  }
  return out;
}

export const ALL_GERMAN: GermanWords = { channel: true, tiers: true, urgent: true };
