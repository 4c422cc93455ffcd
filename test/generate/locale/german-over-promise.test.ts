/**
 * The over-promise property in German (docs/locales.md): the German disclosure and acknowledgements of a random
 * policy never promises a shorter time or a larger share than its targets. The times and
 * shares are parsed back out of the German text, as the English property does for English.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_WORDS, withLocales } from '../../helpers/locales.js';
import { emailCase, emailSet, type EmailCase } from '../../helpers/random-policies.js';
import { buildWithoutFacts } from '../helpers.js';
import { plain } from '../over-promise.property.js';

interface Target {
  share: number;
  seconds: number;
}

const UNIT: Record<string, number> = { sekunde: 1, minute: 60, stunde: 3600, tag: 86400 };
const WORD = String.raw`(\d+) (Geschäfts)?(Sekunde|Minute|Stunde|Tag|sekunde|minute|stunde|tag)(?:n|en)?`;
const DURATION = String.raw`\d+ (?:Geschäfts)?(?:Sekunde|Minute|Stunde|Tag|sekunde|minute|stunde|tag)(?:n|en)?(?: \d+ (?:Minute|Sekunde)n?)*(?: Geschäftszeit)?`;
const RANGE = new RegExp(String.raw`innerhalb von (?:(\d+) bis (${DURATION})|(${DURATION})(?: bis (${DURATION}))?)`, 'g');

/** The least time a German duration may be taken to mean; business days by the schedule's week. */
function seconds(words: string, days: number[]): number {
  let total = 0;
  for (const m of words.matchAll(new RegExp(WORD, 'g'))) {
    const n = Number(m[1]);
    const unit = m[3]!.toLowerCase();
    total += m[2] && unit === 'tag' ? Math.min(...days.map((_, start) => Array.from({ length: n }, (__, i) => days[(start + i) % days.length]!).reduce((a, b) => a + b, 0))) : n * UNIT[unit]!;
  }
  return total;
}

/** What each "innerhalb von …" claims: the share before it ("in der Regel" is a hedge), the times it names. */
export function germanClaims(text: string, days: number[]): { share: number | 'most'; low: number; high: number; text: string }[] {
  const flat = plain(text);
  return [...flat.matchAll(RANGE)].map((m) => {
    const [low, high] = m[1] ? [seconds(`${m[1]} ${m[2]!.replace(/^\d+ /, '1 ')}`, days) * Number(m[1]), seconds(m[2]!, days)] : [seconds(m[3]!, days), seconds(m[4] ?? m[3]!, days)];
    const before = flat.slice(0, m.index);
    const stated = /(\d+(?:,\d+)?)\s%\sder\s\S+\s*$/.exec(before)?.[1];
    const share = /in der Regel\s*$/.test(before) ? 'most' : stated ? Number(stated.replace(',', '.')) / 100 : 1;
    return { share, low, high, text: m[0] };
  });
}

const ACK_CLAIM = new RegExp(String.raw`innerhalb von (${DURATION})( bei (\d+(?:,\d+)?)\s% der| in den meisten Fällen)?`, 'g');

/** What a German acknowledgement's "innerhalb von …" claims: the share follows the time there ("… bei 90 % der Anfragen"). */
export function germanAcknowledgementClaims(text: string, days: number[]): { share: number | 'most'; low: number; high: number; text: string }[] {
  return [...plain(text).matchAll(ACK_CLAIM)].map((m) => {
    const time = seconds(m[1]!, days);
    const share = m[3] ? Number(m[3].replace(',', '.')) / 100 : m[2] ? 'most' : 1;
    return { share, low: time, high: time, text: m[0] };
  });
}

function honest(claim: ReturnType<typeof germanClaims>[number], targets: Target[]): boolean {
  const least = Math.min(...targets.map((t) => t.share));
  const shareOk = claim.share === 'most' ? least > 0.5 && least < 1 : claim.share <= least;
  return shareOk && claim.low >= Math.min(...targets.map((t) => t.seconds)) && claim.high >= Math.max(...targets.map((t) => t.seconds));
}

function expectNoGermanOverPromise(c: EmailCase): void {
  const files = buildWithoutFacts(withLocales('[en, de]', ALL_WORDS, emailSet(c)));
  const [fast, slow] = c.urgent.hours <= c.standard.hours ? [c.urgent, c.standard] : [c.standard, c.urgent];
  const t = (x: { share: number; hours: number }): Target => ({ share: x.share / 100, seconds: x.hours * 3600 });
  const tiers: Record<string, Target> = { urgent: t(fast), standard: t(slow) };
  const days = Array(c.calendar ? 7 : 5).fill(c.calendar ? 86400 : (c.closes - c.opens) * 3600);
  const json = JSON.parse(files.get('disclosures/email.de.json')!) as { title: string; notice: string | null; urgent: { text: string }; tiers: { name: string; sentence: string }[] };
  for (const tier of json.tiers) {
    const found = germanClaims(tier.sentence, days);
    expect(found.length, tier.sentence).toBeGreaterThan(0);
    for (const claim of found) expect(honest(claim, [tiers[tier.name]!]), `${claim.text} in ${tier.sentence}`).toBe(true);
  }
  for (const text of [json.title, json.notice ?? '']) for (const claim of germanClaims(text, days)) expect(honest(claim, Object.values(tiers)), `${claim.text} in ${text}`).toBe(true);
  for (const claim of germanClaims(json.urgent.text, days)) expect(honest(claim, [{ share: 0.8, seconds: 60 }]), json.urgent.text).toBe(true);
  for (const tier of ['urgent', 'standard']) {
    const ack = files.get(`acknowledgements/email/${tier}.de.md`)!;
    const found = germanAcknowledgementClaims(ack, days);
    expect(found.length, ack).toBeGreaterThan(0);
    for (const claim of found) expect(honest(claim, [tiers[tier]!]), `${claim.text} in ${ack}`).toBe(true);
  }
  // Nothing English on the German page.
  expect(plain(files.get('disclosures/email.de.md')!)).not.toMatch(/\b(within|business|usually|requests|Monday|We)\b/);
}

describe('no German customer sentence promises more than the policy', () => {
  it('reads German times and shares back', () => {
    const tenHourDays = [36000, 36000, 36000, 36000, 36000];
    expect(germanClaims('Wir antworten auf 99,5\u00a0% der Anfragen innerhalb von 3 Geschäftstagen, Montag–Freitag.', tenHourDays)).toEqual([{ share: 0.995, low: 108000, high: 108000, text: 'innerhalb von 3 Geschäftstagen' }]);
    expect(germanClaims('wir antworten in der Regel innerhalb von 1 bis 8 Geschäftsstunden', tenHourDays)[0]).toMatchObject({ share: 'most', low: 3600, high: 28800 });
    expect(germanClaims('Wir antworten innerhalb von 1 Stunde 30 Minuten Geschäftszeit.', tenHourDays)[0]).toMatchObject({ share: 1, low: 5400 });
  });

  it('reads a German acknowledgement\'s times and shares back', () => {
    const tenHourDays = [36000, 36000, 36000, 36000, 36000];
    expect(germanAcknowledgementClaims('Antwort innerhalb von 3 Geschäftstagen bei 99,5\u00a0% der Anfragen.', tenHourDays)).toMatchObject([{ share: 0.995, low: 108000 }]);
    expect(germanAcknowledgementClaims('innerhalb von 2 Geschäftsstunden in den meisten Fällen', tenHourDays)).toMatchObject([{ share: 'most', low: 7200 }]);
    expect(germanAcknowledgementClaims('innerhalb von 1 Stunde.', tenHourDays)).toMatchObject([{ share: 1, low: 3600 }]);
  });

  it('holds for random policies', () => {
    fc.assert(fc.property(emailCase, expectNoGermanOverPromise), { numRuns: 15 });
  });
});
