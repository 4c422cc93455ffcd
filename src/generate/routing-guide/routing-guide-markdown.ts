/** routing-guide.md: the routing guide for agents, rendered from the same content as the JSON. */
import { markdownStamp } from '../stamp.js';
import { mdDocument, mdTable } from '../markdown-blocks.js';
import { mdBlock, mdCode, mdText, mdUrl } from '../escape/escape-markdown.js';
import type { TargetWordsJson, TierJson } from '../shared-shapes.js';
import { dateWords } from '../words/date-words.js';
import { shareWithin } from '../words/duration-words.js';
import { escalationFlowchart } from './mermaid.js';
import type { RoutingChannel, RoutingEscalation, RoutingGuide, RoutingTemplate } from './routing-guide-shape.js';

function target(t: TargetWordsJson | null): string {
  return t ? shareWithin(t) : '—';
}

function tierRow(t: TierJson): string[] {
  const resolution = t.resolution ? `${t.resolution.median.words} / ${t.resolution.p90.words}` : '—';
  return [mdCode(t.name), String(t.priority), mdText(t.description), target(t.acknowledge), target(t.firstResponse), target(t.nextResponse), resolution];
}

function nested(title: string, items: string[]): string[] {
  return items.length ? [`- ${title}:`, ...items.map((i) => `  - ${mdBlock(i)}`)] : [];
}

function channelSection(c: RoutingChannel): (string | string[])[] {
  const url = mdUrl(c.entryPoint.url);
  // An http(s) address as an autolink; anything else (mailto:, javascript:) shown as code, never linked.
  const address = url ? ` (<${url}>)` : c.entryPoint.url ? ` (${mdCode(c.entryPoint.url)})` : '';
  const entry = `${mdText(c.entryPoint.location)}${address}`;
  const mode = c.mode === 'sync' ? 'synchronous (the customer waits on the line)' : `asynchronous (replies come later)${c.looksLive ? ', but it looks live to customers' : ''}`;
  const facts = [
    `- Mode: ${mode}`,
    `- Entry point: ${entry}${c.entryPoint.showsResponseTime ? '' : ' — does not show the response time'}`,
    ...(c.entryPoint.note ? [`- Internal note: ${mdText(c.entryPoint.note)}`] : []),
    ...nested('Use for', c.allowedUses),
    ...nested('Not for', c.notFor),
    `- Urgent cases: ${c.urgentPath ? `${mdText(c.urgentPath.displayName)} (${mdCode(c.urgentPath.channel)})` : 'no separate urgent path'}`,
    `- Answered by: ${c.teams.length ? c.teams.map(mdCode).join(', ') : 'no team'}`,
    `- SLA policy: ${c.slaPolicy ? `${mdCode(c.slaPolicy)}, ${c.clock?.kind === 'business' ? `counted in business hours: ${mdText(c.clock.hours)}` : 'counted around the clock, every day'}` : 'none'}`,
  ];
  const tiers = c.tiers.length
    ? mdTable(['Tier', 'Priority', 'When', 'Acknowledge', 'First response', 'Next response', 'Resolution (median / p90)'], c.tiers.map(tierRow))
    : [];
  return [`### ${mdText(c.displayName)} (${mdCode(c.name)})`, mdBlock(c.purpose), facts, tiers];
}

function matchWords(e: RoutingEscalation): string {
  const parts = [
    ...e.when.tags.map((t) => `tag ${mdCode(t)}`),
    ...e.when.conditions.map((c) => mdCode(`${c.field} ${c.op} ${Array.isArray(c.value) ? `[${c.value.join(', ')}]` : String(c.value)}`)),
  ];
  return parts.length ? `${e.when.match === 'all' ? 'all of' : 'any of'}: ${parts.join('; ')}` : 'no structured condition';
}

function escalationSection(e: RoutingEscalation): (string | string[])[] {
  const teams = e.routeTo.teams.length ? ` (teams: ${e.routeTo.teams.map(mdCode).join(', ')})` : ' (no team holds this role)';
  return [
    `### ${mdText(e.name)}`,
    mdBlock(e.condition),
    [
      `- Matches: ${matchWords(e)}`,
      `- Raises the ticket to tier ${mdCode(e.tier)}`,
      `- Routes to role ${mdCode(e.routeTo.role)}${teams} within ${e.within.words}, ${mdText(e.within.clock)}`,
      `- Synchronous path: ${e.syncChannel ? `${mdText(e.syncChannel.displayName)} (${mdCode(e.syncChannel.channel)}) when the case is urgent, emotional or complex` : 'none'}`,
      ...(e.notify.length ? [`- Notify: ${e.notify.map(mdText).join(', ')}`] : []),
    ],
  ];
}

function templateSection(title: string, t: RoutingTemplate): (string | string[])[] {
  const scope = t.channels ? ` (channels: ${t.channels.map(mdCode).join(', ')})` : '';
  const items = t.sections.map((s, i) => `${i + 1}. **${mdText(s.heading)}**${s.required ? ' (required)' : ' (optional)'}${s.prompt ? `: ${mdText(s.prompt)}` : ''}`);
  return [`### ${title} ${mdCode(t.template)}${scope}`, items.length ? items : 'This template has no sections.'];
}

function templates(heading: string, intro: string, title: string, list: RoutingTemplate[]): (string | string[])[] {
  return [`## ${heading}`, list.length ? intro : 'No template is defined yet.', ...list.flatMap((t) => templateSection(title, t))];
}

/** "- From 4 January 2027: Live chat (live-chat): its clock becomes …", by date; nothing when none is planned. */
function upcomingSection(upcoming: RoutingGuide['upcoming']): (string | string[])[] {
  if (!upcoming.length) return [];
  return [
    '## Upcoming changes',
    'Planned in the policies with their dates. Everything else in this guide is what applies now.',
    upcoming.map((u) => `- From ${dateWords(u.from)}: ${mdText(u.text)}`),
  ];
}

export function routingGuideMarkdown(guide: RoutingGuide): string {
  const tagRows = guide.tags.map((t) => [
    mdCode(t.name), mdText(t.meaning), t.owner ? `${mdCode(t.owner)}${t.ownerKind ? ` (${t.ownerKind})` : ''}` : '—',
    t.defaultTier ? mdCode(t.defaultTier) : '—', t.requiredFields.length ? t.requiredFields.map(mdText).join('; ') : '—',
  ]);
  return mdDocument([
    markdownStamp(guide.policyHash),
    '# Routing guide',
    'Where each request goes, how fast it is answered, who owns it and what to pass on. Generated from the support policies; `routing-guide.json` holds the same content for tools.',
    ...upcomingSection(guide.upcoming),
    '## Channels',
    ...guide.channels.flatMap(channelSection),
    '## Tags',
    guide.tags.length ? mdTable(['Tag', 'Meaning', 'Owner', 'Default tier', 'Required fields'], tagRows) : 'No tags are defined.',
    '## Escalations',
    guide.escalations.length ? 'When a ticket matches a trigger, raise its tier, route it to the specialist role within the window, and move the conversation to the synchronous channel when the case is urgent, emotional or complex.' : 'No escalation triggers are defined.',
    escalationFlowchart(guide),
    ...guide.escalations.flatMap(escalationSection),
    ...templates('Handoffs', 'When you pass a ticket on, fill in these sections so nobody asks the customer the same question twice.', 'Handoff template', guide.handoff),
    ...templates('Intake', 'What customers are asked for when they open a request.', 'Intake template', guide.intake),
    ...templates('Solved-ticket notes', 'When you solve a ticket, leave a note with these sections.', 'Solved-note template', guide.solvedNote),
  ]);
}
