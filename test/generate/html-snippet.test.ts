import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, chromiumMissing } from '../helpers/chromium.js';
import { exampleSet } from '../helpers/policies.js';
import { INJECTIONS, withInjected } from '../helpers/injection-corpus.js';
import { buildWithoutFacts, generate, get } from './helpers.js';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const missing = chromiumMissing();

describe.skipIf(missing !== undefined)(`disclosure HTML snippets in headless Chromium${missing ? ` (skipped: ${missing})` : ''}`, () => {
  let browser: Browser;
  const g = generate();

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Opens the snippet inside a minimal host page; returns the visible text and the requests it made. */
  async function open(html: string) {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.setContent(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title></head><body><main>${html}</main></body></html>`);
    const section = page.locator('section.supportops-disclosure');
    const result = {
      text: await section.innerText(),
      heading: await page.getByRole('heading', { level: 2 }).innerText(),
      labelledBy: await section.getAttribute('aria-labelledby'),
      firstParagraph: await section.locator('p').first().innerText(),
      notes: await page.getByRole('note').allInnerTexts(),
      // Strings run in the page (this project's TypeScript has no DOM types).
      border: await page.evaluate('getComputedStyle(document.querySelector("section.supportops-disclosure")).borderTopStyle'),
      requests,
    };
    await page.close();
    return result;
  }

  it('a live-looking async channel says it is not live before anything else', async () => {
    const view = await open(get(g, 'disclosures/messenger.html'));
    expect(view.heading).toBe('In-app messenger is not live: we reply to 90% of requests within 1 business hour to 3 business days');
    expect(view.text.startsWith(view.heading)).toBe(true);
    expect(view.firstParagraph).toMatch(/^This is not a live chat: a person reads your message and replies later\. We reply to 90% of requests within 1 business hour to 3 business days depending on urgency, Monday–Friday 08:00–18:00 London time/);
    expect(view.notes[0]).toBe(view.firstParagraph);
    expect(view.notes[1]).toMatch(/^For urgent cases, use Urgent line: \+44 20 7946 0000/);
    expect(view.labelledBy).toBe('supportops-disclosure-messenger-title');
  });

  it('shows every tier, the hours in customer time zones and the holidays, with its scoped CSS applied', async () => {
    const view = await open(get(g, 'disclosures/email.html'));
    expect(view.text).toContain('Urgent: Outage, security issue or payment failure. We confirm receipt within 15 business minutes and reply to 90% of requests within 1 business hour, Monday–Friday 08:00–18:00 London time.');
    expect(view.text).toContain('New York time (Eastern Time): Monday–Friday 03:00–13:00, except Monday–Friday 04:00–14:00 from 14 to 27 March 2027 and from 31 October to 6 November 2027');
    expect(view.text).toContain('Christmas Day, Friday 25 December 2026');
    expect(view.text).toContain('Christmas Eve, Thursday 24 December 2026: 08:00–13:00 London time; 03:00–08:00 New York time (Eastern Time); 16:00–21:00 Singapore time');
    expect(view.border).toBe('solid');
    expect(view.requests).toEqual([]);
  });

  it('a German snippet says so with lang="de" and reads German throughout, the English one lang="en"', async () => {
    const view = await open(get(g, 'disclosures/email.de.html'));
    const page = await browser.newPage();
    await page.setContent(get(g, 'disclosures/email.de.html'));
    // The language the browser (and a screen reader) sees for the snippet's text, inherited by every element in it.
    expect(await page.evaluate('document.querySelector("section.supportops-disclosure li").closest("[lang]").lang')).toBe('de');
    await page.setContent(get(g, 'disclosures/email.html'));
    expect(await page.evaluate('document.querySelector("section.supportops-disclosure").lang')).toBe('en');
    await page.close();
    expect(view.heading).toBe('E-Mail-Support: Antwortzeiten');
    expect(view.labelledBy).toBe('supportops-disclosure-email-de-title');
    expect(view.notes[0]).toBe('In dringenden Fällen: Notfall-Hotline, +44 20 7946 0000. Erreichbar rund um die Uhr, jeden Tag: 80\u00a0% der Anrufe innerhalb von 1 Minute.');
    expect(view.text).toContain('Dringend: Ausfall, Sicherheitsproblem oder fehlgeschlagene Zahlung. Wir bestätigen den Eingang innerhalb von 15 Geschäftsminuten und antworten auf 90\u00a0% der Anfragen innerhalb von 1 Geschäftsstunde, Montag–Freitag 08:00–18:00 Uhr, Ortszeit London.');
    expect(view.text).toContain('Freitag, 25. Dezember 2026');
    // No English sentence on the German page: none of the English catalog's fixed words appear.
    for (const english of ['within', 'business', 'Monday', 'December', 'response', 'Response', 'Hours', 'time zones', 'Closed on', 'Christmas']) expect(view.text, english).not.toContain(english);
    expect(view.requests).toEqual([]);
  });

  it('a calendar-clock channel says around the clock, every day', async () => {
    const view = await open(get(g, 'disclosures/urgent-line.html'));
    expect(view.text).toContain('We answer 80% of calls within 1 minute, around the clock, every day.');
  });

  it('renders hostile policy text as text, with no script run and no request made', async () => {
    const set = exampleSet();
    set['channels/messenger.yaml'] = set['channels/messenger.yaml']!.replace('displayName: In-app messenger', 'displayName: "<img src=x onerror=window.pwned=1><script>window.pwned=1</script>"');
    const hostile = generate(set);
    const html = get(hostile, 'disclosures/messenger.html');
    expect(html).not.toContain('<script>');
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.setContent(html);
    expect(await page.evaluate('window.pwned')).toBeUndefined();
    expect(await page.getByRole('heading', { level: 2 }).innerText()).toContain('<script>window.pwned=1</script> is not live');
    expect(requests).toEqual([]);
    await page.close();
  });

  it('renders the injection corpus as text in every disclosure: no script runs, nothing is fetched, no element is added', async () => {
    // One page for every snippet: a script that ran anywhere would leave window.pwned set.
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.setContent(get(g, 'disclosures/email.html'));
    const elements = await page.evaluate('document.querySelectorAll("*").length');
    for (const payload of INJECTIONS) {
      const hostile = buildWithoutFacts(withInjected(exampleSet(), payload));
      // A synchronous, an asynchronous and a not-live channel: every part of the snippet.
      for (const path of ['disclosures/email.html', 'disclosures/messenger.html', 'disclosures/urgent-line.html']) {
        await page.setContent(hostile.get(path)!);
        expect(await page.evaluate('window.pwned'), `${path} ${payload}`).toBeUndefined();
        expect(await page.evaluate('document.querySelectorAll("script, img, iframe, object, embed, [onerror], [onload]").length'), path).toBe(0);
        if (path === 'disclosures/email.html') expect(await page.evaluate('document.querySelectorAll("*").length'), payload).toBe(elements);
      }
    }
    expect(requests).toEqual([]);
    await page.close();
  }, 120_000);
});
