/** The words helpers in Spanish: plural rules, dates, hours and promises from the es catalog. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PhraseBook } from '../../../src/generate/locale/catalogs.js';
import { dateWords, rangeWords } from '../../../src/generate/words/date-words.js';
import { durationWords, percentWords } from '../../../src/generate/words/duration-words.js';
import { promiseClause } from '../../../src/generate/words/promise-words.js';
import { weekWords } from '../../../src/generate/words/weekly-hours.js';
import { weekFromSpec } from '../../../src/generate/words/week-runs.js';
import { ALL_WORDS, SPANISH, withLocales } from '../../helpers/locales.js';
import { starter } from '../../helpers/policies.js';
import { buildWithoutFacts, written } from '../helpers.js';

const es = new PhraseBook().get('es');

describe('Spanish words', () => {
  it('property: one for 1, plural above', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), (n) => {
        expect(durationWords(n * 3600, 'business', null, es)).toBe(n === 1 ? '1 hora hábil' : `${n} horas hábiles`);
        const minutes = (n % 59) + 1;
        expect(durationWords(minutes * 60, 'business', null, es)).toBe(minutes === 1 ? '1 minuto hábil' : `${minutes} minutos hábiles`);
      }),
    );
  });

  it('writes dates, ranges, percentages and weekly hours the Spanish way', () => {
    expect(dateWords('2026-12-25', true, es)).toBe('viernes, 25 de diciembre de 2026');
    expect(rangeWords('2027-10-31', '2027-11-06', es)).toBe('31 de octubre al 6 de noviembre de 2027');
    expect(percentWords(0.995, es)).toBe('99,5\u00a0%');
    const week = weekFromSpec(written({ mon: ['08:00-18:00'], tue: ['08:00-18:00'], wed: ['08:00-18:00'], thu: ['08:00-18:00'], fri: ['08:00-18:00'] }));
    expect(weekWords(week, es)).toBe('de lunes a viernes 08:00–18:00');
  });

  it('states the share with the article its noun needs', () => {
    expect(promiseClause({ share: 0.9, words: '4 horas hábiles' }, 'share', 'reply', 'requests', es)).toBe('respondemos al 90\u00a0% de las solicitudes en un plazo de 4 horas hábiles');
    expect(promiseClause({ share: 0.9, words: '2 minutos' }, 'share', 'reply', 'chats', es)).toBe('respondemos al 90\u00a0% de los chats en un plazo de 2 minutos');
    expect(promiseClause({ share: 0.9, words: '4 horas hábiles' }, 'hedged', 'receipt', 'requests', es)).toBe('normalmente confirmamos la recepción en un plazo de 4 horas hábiles');
  });

  it('writes a whole Spanish disclosure once the policy has its Spanish words', () => {
    const set = withLocales('[en, es]', ALL_WORDS, starter(), 'es', SPANISH);
    const md = buildWithoutFacts(set).get('disclosures/email.es.md')!;
    expect(md).toContain('# Soporte por correo: tiempos de respuesta');
    expect(md).toContain('- **Urgente**: Caída del servicio o problema de seguridad. Nuestro compromiso: confirmamos la recepción en un plazo de 15 minutos hábiles y respondemos al 90\u00a0% de las solicitudes en un plazo de 1 hora hábil, de lunes a viernes 09:00–17:00, hora de London.');
    expect(md).toContain('Para casos urgentes, use Línea de urgencias: +44 20 0000 0000. Disponible las 24 horas, todos los días: el 80\u00a0% de las llamadas en un plazo de 1 minuto.');
  });
});
