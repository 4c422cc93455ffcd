/** The words helpers in French: plural rules, typography, dates and promises from the fr catalog. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PhraseBook } from '../../../src/generate/locale/catalogs.js';
import { dateWords, rangeWords } from '../../../src/generate/words/date-words.js';
import { durationWords, percentWords } from '../../../src/generate/words/duration-words.js';
import { promiseClause, rangeClause } from '../../../src/generate/words/promise-words.js';
import { weekWords } from '../../../src/generate/words/weekly-hours.js';
import { weekFromSpec } from '../../../src/generate/words/week-runs.js';
import { ALL_WORDS, FRENCH, withLocales } from '../../helpers/locales.js';
import { starter } from '../../helpers/policies.js';
import { buildWithoutFacts, written } from '../helpers.js';

const fr = new PhraseBook().get('fr');

describe('French words', () => {
  it('property: one for 1, plural above, by the French rule', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), (n) => {
        expect(durationWords(n * 3600, 'business', null, fr)).toBe(n === 1 ? '1 heure ouvrée' : `${n} heures ouvrées`);
      }),
    );
    expect(durationWords(3 * 86400, 'business', [36000, 36000, 36000, 36000, 36000], fr)).toBe('8 jours ouvrés');
  });

  it('sets a narrow no-break space before % and a decimal comma', () => {
    expect(percentWords(0.995, fr)).toBe('99,5\u202f%');
  });

  it('writes "1er" for the first of a month, and ranges with "au"', () => {
    expect(dateWords('2027-01-01', true, fr)).toBe('vendredi 1er janvier 2027');
    expect(rangeWords('2027-03-14', '2027-03-27', fr)).toBe('14 au 27 mars 2027');
    expect(rangeWords('2027-03-01', '2027-04-02', fr)).toBe('1er mars au 2 avril 2027');
  });

  it('writes weekly hours "du lundi au vendredi"', () => {
    const week = weekFromSpec(written({ mon: ['08:00-18:00'], tue: ['08:00-18:00'], wed: ['08:00-18:00'], thu: ['08:00-18:00'], fri: ['08:00-18:00'] }));
    expect(weekWords(week, fr)).toBe('du lundi au vendredi 08:00–18:00');
  });

  it('states shares, hedges above one half only', () => {
    const at = (share: number) => ({ share, words: '4 heures ouvrées' });
    expect(promiseClause(at(0.9), 'share', 'reply', 'requests', fr)).toBe('répondons à 90\u202f% des demandes sous 4 heures ouvrées');
    expect(promiseClause(at(0.9), 'hedged', 'receipt', 'requests', fr)).toBe('accusons généralement réception sous 4 heures ouvrées');
    expect(promiseClause(at(0.5), 'hedged', 'reply', 'requests', fr)).toBe('répondons à 50\u202f% des demandes sous 4 heures ouvrées');
    expect(rangeClause([0.9, 0.8], '1 à 8 heures ouvrées', 'share', 'requests', fr)).toBe('nous répondons à au moins 80\u202f% des demandes sous 1 à 8 heures ouvrées');
  });

  it('writes a whole French disclosure once the policy has its French words', () => {
    const set = withLocales('[en, fr]', ALL_WORDS, starter(), 'fr', FRENCH);
    const md = buildWithoutFacts(set).get('disclosures/email.fr.md')!;
    expect(md).toContain('# Assistance par e-mail\u00a0: délais de réponse');
    expect(md).toContain('- **Urgent**\u00a0: Panne ou problème de sécurité. Nous accusons réception sous 15 minutes ouvrées et répondons à 90\u202f% des demandes sous 1 heure ouvrée, du lundi au vendredi 09:00–17:00, heure de London.');
    expect(md).toContain('En cas d’urgence, utilisez Ligne d’urgence\u00a0: +44 20 0000 0000. Joignable 24\u00a0h sur 24, 7\u00a0jours sur 7\u00a0: 80\u202f% des appels sous 1 minute.');
  });
});
