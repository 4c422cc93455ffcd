/** The starter set's email channel in other languages (docs/locales.md), with as many of its words as asked. */
import { edit, starter, type FileSet } from './policies.js';

/** Which of a language's words withLocales writes into the starter. */
export interface WordsAsked {
  channel?: boolean;
  tiers?: boolean;
  urgent?: boolean;
  /** The tags' words, which acknowledgements ask for (when `words` has them). */
  intake?: boolean;
}

/** One language's words for the starter: the email channel's name, the urgent line's, and the email SLA's two tiers. */
export interface PolicyWords {
  channel: string;
  urgent: string;
  urgentTier: { title: string; description: string };
  standardTier: { title: string; description: string };
  /** The starter's two tags, for acknowledgements: what "If this is about …" says, and the fields. */
  tags?: { question: { about: string; meaning: string; fields: string }; outage: { about: string; meaning: string; fields: string } };
}

export const GERMAN: PolicyWords = {
  channel: 'E-Mail-Support',
  urgent: 'Notfall-Hotline',
  urgentTier: { title: 'Dringend', description: 'Ausfall oder Sicherheitsproblem.' },
  standardTier: { title: 'Standard', description: 'Alles andere.' },
  tags: {
    question: { about: 'eine Frage zur Bedienung oder zum Konto', meaning: 'Eine Frage zur Bedienung oder zum Konto.', fields: '[E-Mail-Adresse des Kontos]' },
    outage: { about: 'einen Ausfall', meaning: 'Der Dienst ist nicht erreichbar.', fields: '[Was betroffen ist, Seit wann]' },
  },
};

/** French words for the starter (channel, tiers, tags). */
export const FRENCH: PolicyWords = {
  channel: 'Assistance par e-mail',
  urgent: 'Ligne d’urgence',
  urgentTier: { title: 'Urgent', description: 'Panne ou problème de sécurité.' },
  standardTier: { title: 'Standard', description: 'Tout le reste.' },
  tags: {
    question: { about: 'une question sur le produit ou le compte', meaning: 'Une question sur le produit ou le compte.', fields: '[Adresse e-mail du compte]' },
    outage: { about: 'une panne', meaning: 'Le service est indisponible.', fields: '[Ce qui est touché, Depuis quand]' },
  },
};

/** Spanish words for the starter (channel, tiers, tags). */
export const SPANISH: PolicyWords = {
  channel: 'Soporte por correo',
  urgent: 'Línea de urgencias',
  urgentTier: { title: 'Urgente', description: 'Caída del servicio o problema de seguridad.' },
  standardTier: { title: 'Estándar', description: 'Todo lo demás.' },
  tags: {
    question: { about: 'una pregunta sobre el producto o la cuenta', meaning: 'Una pregunta sobre el producto o la cuenta.', fields: '[Correo electrónico de la cuenta]' },
    outage: { about: 'una caída del servicio', meaning: 'El servicio no funciona.', fields: '[Qué está afectado, Desde cuándo]' },
  },
};

/**
 * The email channel with `locales` (as written, "[en, de]"), and the words of `locale` that
 * `which` asks for (German by default).
 */
export function withLocales(locales: string, which: WordsAsked = {}, set: FileSet = starter(), locale = 'de', words: PolicyWords = GERMAN): FileSet {
  const tier = (t: PolicyWords['urgentTier']) => `      translations: { ${locale}: { title: ${t.title}, description: ${t.description} } }\n`;
  let out = edit(set, 'channels.yaml', '  urgentPath: urgent-line\n', `  urgentPath: urgent-line\n  locales: ${locales}\n${which.channel ? `  translations: { ${locale}: { displayName: ${words.channel} } }\n` : ''}`);
  if (which.urgent) out = edit(out, 'channels.yaml', '  slaPolicy: urgent-line-sla\n', `  slaPolicy: urgent-line-sla\n  translations: { ${locale}: { displayName: ${words.urgent} } }\n`);
  if (which.tiers) {
    out = edit(out, 'channels.yaml', '      description: Outage or security issue.\n', `      description: Outage or security issue.\n${tier(words.urgentTier)}`);
    out = edit(out, 'channels.yaml', '      description: Everything else.\n', `      description: Everything else.\n${tier(words.standardTier)}`);
  }
  if (which.intake && words.tags) {
    const tag = (t: { about: string; meaning: string; fields: string }) => `  translations: { ${locale}: { about: ${t.about}, meaning: ${t.meaning}, requiredFields: ${t.fields} } }\n`;
    out = edit(out, 'routing.yaml', '  requiredFields: [Account email]\n', `  requiredFields: [Account email]\n${tag(words.tags.question)}`);
    out = edit(out, 'routing.yaml', '  requiredFields: [What is affected, Since when]\n', `  requiredFields: [What is affected, Since when]\n${tag(words.tags.outage)}`);
  }
  return out;
}

export const ALL_WORDS: WordsAsked = { channel: true, tiers: true, urgent: true, intake: true };
