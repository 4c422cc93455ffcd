/**
 * The words of one locale: its message catalog (ICU MessageFormat, formatted by
 * intl-messageformat with that locale's plural rules) and the names and numbers Intl gives for
 * it. Every call passes the locale and, for dates, the UTC zone explicitly, so nothing depends
 * on the host's locale or zone. A message the catalog lacks (or cannot parse) is counted in
 * `misses` and says nothing: the caller drops the whole locale rather than fill the gap with
 * English (docs/locales.md).
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { EN, type MessageId } from './catalog-en.js';

export type Catalog = Readonly<Partial<Record<MessageId, string>>>;
export type { MessageId };

type Values = Record<string, string | number>;

const MONDAY = Date.UTC(2024, 0, 1);
const DAY_MS = 86_400_000;

export class Phrases {
  /**
   * How many times this locale was asked for a message it could not say. A count, not a set of
   * ids: a caller sharing the book compares it before and after its own build, and a second
   * build asking for the same missing id must see it grow too.
   */
  misses = 0;
  private readonly compiled = new Map<MessageId, IntlMessageFormat | null>();
  private readonly numbers: Intl.NumberFormat;
  private weekdays?: string[];
  private months?: string[];

  constructor(
    readonly locale: string,
    private readonly catalog: Catalog,
  ) {
    // No grouping: "1234 business hours" reads the same in every locale and never as "1,234" beside "1.234".
    this.numbers = new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 2 });
  }

  private message(id: MessageId): IntlMessageFormat | null {
    if (!this.compiled.has(id)) {
      const source = this.catalog[id];
      let compiled: IntlMessageFormat | null = null;
      try {
        compiled = source === undefined ? null : new IntlMessageFormat(source, this.locale);
      } catch {
        compiled = null;
      }
      this.compiled.set(id, compiled);
    }
    return this.compiled.get(id)!;
  }

  /** Whether the catalog has message `id` and it parses. */
  has(id: MessageId): boolean {
    return this.message(id) !== null;
  }

  /** The message `id` with its values; '' (and noted as missing) when the catalog lacks it. */
  say(id: MessageId, values: Values = {}): string {
    const message = this.message(id);
    if (!message) {
      this.misses++;
      return '';
    }
    try {
      return String(message.format(values));
    } catch {
      this.misses++;
      return '';
    }
  }

  /** A count or a number, in the locale's digits and decimal sign, without grouping. */
  number(n: number): string {
    return this.numbers.format(n);
  }

  /** "90%", "90 %", "99,5 %": the share in percent (at most two decimals), placed by the catalog. */
  percent(share: number): string {
    return this.say('number.percent', { n: this.number(Number((share * 100).toFixed(2))) });
  }

  /** The weekday's name, 0 being Monday. */
  weekday(index: number): string {
    this.weekdays ??= Array.from({ length: 7 }, (_, i) => new Intl.DateTimeFormat(this.locale, { weekday: 'long', timeZone: 'UTC' }).format(MONDAY + i * DAY_MS));
    return this.weekdays[index]!;
  }

  /** The month's name as it stands in a date ("December", "Dezember"), 1 being January. */
  month(month: number): string {
    this.months ??= Array.from({ length: 12 }, (_, i) => {
      const parts = new Intl.DateTimeFormat(this.locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }).formatToParts(Date.UTC(2024, i, 15));
      return parts.find((p) => p.type === 'month')!.value;
    });
    return this.months[month - 1]!;
  }
}

/** English, the language every policy is written in and the words of every team-facing artifact. */
export const ENGLISH = new Phrases('en', EN);
