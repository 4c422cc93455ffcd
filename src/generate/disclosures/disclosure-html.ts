/**
 * disclosures/<channel>.html: a self-contained snippet to paste into a contact form or widget.
 * No scripts, fonts or images; the CSS is inline and every selector sits under one class, so it
 * cannot restyle the host page. All policy text is escaped.
 */
import { escapeHtml, httpHref } from '../escape/escape-html.js';
import { markdownStamp } from '../stamp.js';
import { ENGLISH, type Phrases } from '../locale/phrases.js';
import { hoursSentence } from './disclosure-markdown.js';
import type { Disclosure } from './disclosure-shape.js';

export const DISCLOSURE_CLASS = 'supportops-disclosure';

const CSS = [
  `.${DISCLOSURE_CLASS}{box-sizing:border-box;max-width:40em;margin:0 0 1em;padding:.75em 1em;border:1px solid #767676;border-radius:4px;background:#fff;color:#1a1a1a;font:inherit;line-height:1.45}`,
  `.${DISCLOSURE_CLASS} h2{margin:0 0 .5em;font-size:1.15em}`,
  `.${DISCLOSURE_CLASS} h3{margin:.75em 0 .25em;font-size:1em}`,
  `.${DISCLOSURE_CLASS} p,.${DISCLOSURE_CLASS} ul{margin:.25em 0 .5em}`,
  `.${DISCLOSURE_CLASS} ul{padding-left:1.25em}`,
  `.${DISCLOSURE_CLASS}__notice{font-weight:600}`,
  `.${DISCLOSURE_CLASS}__urgent{border-left:4px solid #a4001d;padding-left:.5em}`,
];

/** A link only for http(s) addresses; anything else (javascript:, data:) stays plain text. */
function linked(text: string, url: string | null): string {
  const href = httpHref(url);
  return href ? `<a href="${href}">${escapeHtml(text)}</a>` : escapeHtml(text);
}

function list(label: string, items: string[], cls?: string): string[] {
  if (items.length === 0) return [];
  return [`<p>${escapeHtml(label)}</p>`, `<ul${cls ? ` class="${DISCLOSURE_CLASS}__${cls}"` : ''}>`, ...items.map((i) => `<li>${i}</li>`), '</ul>'];
}

/** Languages written right to left, for the snippet's `dir` (none is shipped yet; a team's catalog may add one). */
const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur', 'yi', 'ps', 'sd', 'ug', 'dv']);

/** ` lang="de"`, with ` dir="rtl"` for a right-to-left language. */
function langAttributes(locale: string): string {
  const rtl = RIGHT_TO_LEFT.has(locale.split('-')[0]!);
  return ` lang="${escapeHtml(locale)}"${rtl ? ' dir="rtl"' : ''}`;
}

/** The snippet in the disclosure's language (`p` gives its headings); `lang` says which. */
export function disclosureHtml(d: Disclosure, p: Phrases = ENGLISH): string {
  const titleId = `${DISCLOSURE_CLASS}-${d.channel}${d.locale && d.locale !== 'en' ? `-${d.locale}` : ''}-title`;
  const h = (id: Parameters<Phrases['say']>[0]) => escapeHtml(p.say(id));
  // The entry point inside the urgent sentence becomes a link when the channel has a URL.
  const urgent = d.urgent;
  const urgentText = urgent ? escapeHtml(urgent.text).replace(escapeHtml(urgent.location), () => linked(urgent.location, urgent.url)) : '';
  const body = [
    `<h2 id="${titleId}">${escapeHtml(d.title)}</h2>`,
    // First after the heading: a channel that looks live but is not says so before anything else.
    ...(d.notice ? [`<p class="${DISCLOSURE_CLASS}__notice" role="note">${escapeHtml(d.notice)}</p>`] : []),
    ...(d.urgent ? [`<p class="${DISCLOSURE_CLASS}__urgent" role="note">${urgentText}</p>`] : []),
    `<h3>${h('heading.responseTimes')}</h3>`,
    ...(d.tiers.length
      ? ['<ul>', ...d.tiers.map((t) => `<li>${p.say('tier.line', { title: `<strong>${escapeHtml(t.title)}</strong>`, sentence: escapeHtml(t.sentence) })}</li>`), '</ul>']
      : [`<p>${h('tiers.none')}</p>`]),
    ...(d.pauses ? [`<p>${escapeHtml(d.pauses)}</p>`] : []),
    ...(d.clock
      ? [
          `<h3>${h('heading.hours')}</h3>`,
          `<p>${escapeHtml(hoursSentence(d, p)!)}</p>`,
          ...list(p.say('label.zones'), d.customerTimeZones.map((z) => escapeHtml(z.text)), 'zones'),
          ...list(p.say('label.closed'), d.holidays.map((x) => escapeHtml(x.text))),
          ...list(p.say('label.special'), d.specialHours.map((x) => escapeHtml(x.text))),
        ]
      : []),
    ...(d.upcoming.length ? [`<h3>${h('heading.upcoming')}</h3>`, '<ul>', ...d.upcoming.map((u) => `<li>${escapeHtml(u.text)}</li>`), '</ul>'] : []),
  ];
  return [
    markdownStamp(d.policyHash),
    `<style>${CSS.join('')}</style>`,
    `<section class="${DISCLOSURE_CLASS}"${langAttributes(d.locale ?? 'en')} aria-labelledby="${titleId}" data-channel="${escapeHtml(d.channel)}" data-policy-hash="${d.policyHash}">`,
    ...body,
    '</section>',
    '',
  ].join('\n');
}
