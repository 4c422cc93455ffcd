/**
 * The over-promise property (docs/customer-text.md): no rendered sentence promises a shorter time
 * or a larger share than its target. The times and shares are parsed back out of the text, never
 * read from the view objects, and business days are checked against the schedule's own week.
 */
import { expect } from 'vitest';
import { diffPolicies } from '../../src/diff/diff-policies.js';
import { FactsCache } from '../../src/facts/facts-cache.js';
import { diffMarkdown } from '../../src/format/diff-markdown.js';
import type { EmailCase } from '../helpers/random-policies.js';
import { emailSet } from '../helpers/random-policies.js';
import { AS_OF, starter, toFiles } from '../helpers/policies.js';
import { buildWithoutFacts, DEFAULT_ACK } from './helpers.js';

interface Target {
  share: number;
  seconds: number;
}

/** What a sentence claims: a share (1 when it states none, 'most' for a hedge) and the times it names. */
interface Claim {
  share: number | 'most';
  low: number;
  high: number;
  text: string;
}

const UNIT: Record<string, number> = { second: 1, minute: 60, hour: 3600, day: 86400 };

/** The least open time of n open days in a row, by brute force over every starting weekday and two weeks. */
function leastOpen(days: number[], n: number): number {
  let least = Infinity;
  for (let start = 0; start < days.length; start++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += days[(start + i) % days.length]!;
    least = Math.min(least, sum);
  }
  return least;
}

/** "3 business days", "4 business hours", "1 hour 30 minutes of business time", "2 days": the least time a customer may take it to mean. */
function seconds(words: string, days: number[]): number {
  let total = 0;
  for (const m of words.matchAll(/(\d+) (business )?(second|minute|hour|day)s?/g)) {
    const n = Number(m[1]);
    total += m[2] && m[3] === 'day' ? leastOpen(days, n) : n * UNIT[m[3]!]!;
  }
  return total;
}

const DURATION = String.raw`\d+ (?:business )?(?:second|minute|hour|day)s?(?: \d+ (?:second|minute|hour)s?)*(?: of business time)?`;
const RANGE = new RegExp(String.raw`within (\d+) to (\d+) ((?:business )?(?:second|minute|hour|day)s)|within (${DURATION})(?: to (${DURATION}))?`, 'g');

/** Markdown and HTML back to plain text: escapes undone, tags and emphasis dropped, entities decoded. */
export function plain(text: string): string {
  return text.replace(/<[^>]+>/g, ' ').replace(/\\(.)/g, '$1').replace(/\*\*/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

export function claims(text: string, days: number[]): Claim[] {
  const out: Claim[] = [];
  for (const m of plain(text).matchAll(RANGE)) {
    const [low, high] = m[1] ? [seconds(`${m[1]} ${m[3]}`, days), seconds(`${m[2]} ${m[3]}`, days)] : [seconds(m[4]!, days), seconds(m[5] ?? m[4]!, days)];
    const before = plain(text).slice(0, m.index).split(/[.:]\s/).pop()!;
    const after = plain(text).slice(m.index + m[0].length);
    const share = /^ for most /.test(after) || /\busually\s+\w+(\s+\w+)?\s*$/.test(before) ? 'most'
      : Number(/^ for (\d+(?:\.\d+)?)% of/.exec(after)?.[1] ?? /(\d+(?:\.\d+)?)% of \w+\s*$/.exec(before)?.[1] ?? 100) / 100;
    out.push({ share, low, high, text: m[0] });
  }
  return out;
}

/** A claim keeps its targets: never a shorter time, never a larger share, a hedge only above one half. */
function honest(claim: Claim, targets: Target[]): boolean {
  const least = Math.min(...targets.map((t) => t.share));
  const shareOk = claim.share === 'most' ? least > 0.5 && least < 1 : claim.share <= least;
  return shareOk && claim.low >= Math.min(...targets.map((t) => t.seconds)) && claim.high >= Math.max(...targets.map((t) => t.seconds));
}

function targetsOf(c: EmailCase): { tiers: Record<string, Target>; days: number[] } {
  const t = (x: { share: number; hours: number }): Target => ({ share: x.share / 100, seconds: x.hours * 3600 });
  const [fast, slow] = c.urgent.hours <= c.standard.hours ? [c.urgent, c.standard] : [c.standard, c.urgent];
  const day = c.calendar ? 86400 : (c.closes - c.opens) * 3600;
  return { tiers: { urgent: t(fast), standard: t(slow) }, days: Array(c.calendar ? 7 : 5).fill(day) };
}

/** The starter's urgent line, which the email disclosure points to: 80% within 1m, around the clock. */
const URGENT_LINE: Target = { share: 0.8, seconds: 60 };

const expectHonest = (text: string, targets: Target[], days: number[], where: string) => {
  for (const claim of claims(text, days)) expect(honest(claim, targets), `${where}: "${claim.text}" in ${JSON.stringify(plain(text))} against ${JSON.stringify(targets)}`).toBe(true);
};

/** Every customer sentence of one random policy set, in every format, and the diff's customer-text section. */
export function expectNoOverPromise(c: EmailCase, withDiff: boolean): void {
  const set = emailSet(c);
  const files = buildWithoutFacts(set);
  const { tiers, days } = targetsOf(c);
  const all = Object.values(tiers);
  const json = JSON.parse(files.get('disclosures/email.json')!) as { title: string; notice: string | null; urgent: { text: string } | null; tiers: { name: string; sentence: string }[] };
  for (const tier of json.tiers) {
    expect(claims(tier.sentence, days).length, tier.sentence).toBeGreaterThan(0);
    expectHonest(tier.sentence, [tiers[tier.name]!], days, `disclosure tier ${tier.name}`);
  }
  for (const text of [json.title, json.notice ?? '']) expectHonest(text, all, days, 'title and notice');
  expectHonest(json.urgent?.text ?? '', [URGENT_LINE], days, 'urgent path');
  // The Markdown and HTML carry the same sentences; parsed in their own format they keep the targets too.
  for (const path of ['disclosures/email.md', 'disclosures/email.html']) {
    for (const tier of json.tiers) expect(plain(files.get(path)!)).toContain(plain(tier.sentence));
    for (const line of files.get(path)!.split('\n')) {
      const tier = json.tiers.find((t) => plain(line).includes(plain(t.sentence)));
      expectHonest(line, line.includes('For urgent cases') ? [URGENT_LINE] : tier ? [tiers[tier.name]!] : all, days, path);
    }
  }
  for (const tier of Object.keys(tiers)) expectHonest(files.get(`acknowledgements/email/${tier}.md`)!, [tiers[tier]!], days, `acknowledgement ${tier}`);
  if (!withDiff) return;
  const diff = diffPolicies({ files: toFiles(starter()) }, { files: toFiles(set) }, { asOf: AS_OF, horizonDays: 7, templates: { acknowledgement: DEFAULT_ACK }, cache: new FactsCache() });
  const section = diffMarkdown(diff, { base: 'base', head: 'head' }).split('### Customer-facing text')[1] ?? '';
  for (const row of section.split('\n').filter((l) => l.includes("'email'") || l.includes('email'))) {
    const after = row.split(' → ')[1] ?? '';
    const targets = after.includes('For urgent cases') ? [URGENT_LINE] : all;
    for (const claim of claims(after, days)) expect(targets.some((t) => honest(claim, [t])) || honest(claim, targets), `diff: ${claim.text} in ${after}`).toBe(true);
  }
}
