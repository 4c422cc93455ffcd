/**
 * Ticket ids already seen, to find duplicates in bounded memory. Helpdesk ids are mostly whole
 * numbers handed out in sequence, so those go in a paged bitmap (a bit per id in the pages
 * ids actually use: ten million dense ids take about 1.2 MB); any other id goes in a Set.
 */
const PAGE_BITS = 1 << 16;

export class IdSet {
  private readonly pages = new Map<number, Uint32Array>();
  private readonly others = new Set<string>();

  has(id: string): boolean {
    const n = wholeNumber(id);
    if (n === undefined) return this.others.has(id);
    const page = this.pages.get(Math.floor(n / PAGE_BITS));
    const bit = n % PAGE_BITS;
    return page !== undefined && (page[bit >>> 5]! & (1 << (bit & 31))) !== 0;
  }

  /** Adds the id; false when it was already there. */
  add(id: string): boolean {
    const n = wholeNumber(id);
    if (n === undefined) {
      if (this.others.has(id)) return false;
      this.others.add(id);
      return true;
    }
    const key = Math.floor(n / PAGE_BITS);
    let page = this.pages.get(key);
    if (!page) {
      page = new Uint32Array(PAGE_BITS / 32);
      this.pages.set(key, page);
    }
    const bit = n - key * PAGE_BITS;
    const word = bit >>> 5;
    const mask = 1 << (bit & 31);
    if (page[word]! & mask) return false;
    page[word]! |= mask;
    return true;
  }
}

/** The id as a safe whole number when it is written as one (no sign, no leading zeros), else undefined. */
function wholeNumber(id: string): number | undefined {
  const len = id.length;
  if (len === 0 || len > 15 || (len > 1 && id.charCodeAt(0) === 48)) return undefined;
  let n = 0;
  for (let i = 0; i < len; i++) {
    const c = id.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return undefined;
    n = n * 10 + c;
  }
  return n;
}
