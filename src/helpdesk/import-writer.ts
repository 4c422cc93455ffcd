/**
 * An imported helpdesk as policy YAML that loads and checks. What the helpdesk does not hold
 * is filled with a plain, clearly marked guess, each reported as a helpdesk-guessed finding at
 * the value written: teams (one per group) get a headcount of 1, typical shrinkage, occupancy
 * and handle time, and round-the-clock hours; channels (one per medium the SLA policies select)
 * get placeholder text and no demand; an async-only helpdesk gets a placeholder urgent line,
 * since supportops wants a synchronous way out for urgent tickets.
 */
import { WEEKDAYS } from '../time/spec.js';
import { stringify } from 'yaml';
import { joinPointer } from '../load/source-map.js';
import type { Origin } from '../model/model.js';
import type { ImportedOrg, ImportedSla } from './import-model.js';
import type { MappingFinding } from './target.js';

export interface WrittenFile {
  path: string;
  text: string;
}

type Doc = { apiVersion: string; kind: string; metadata: { name: string }; spec: Record<string, unknown> };

const SYNC = new Set(['chat', 'phone']);
export const AROUND_THE_CLOCK = 'imported-around-the-clock';
const ROLE = 'agent';

class Writer {
  readonly files = new Map<string, Doc[]>();
  readonly findings: MappingFinding[] = [];

  add(path: string, kind: string, name: string, spec: Record<string, unknown>): Origin {
    const docs = this.files.get(path) ?? [];
    docs.push({ apiVersion: 'supportops/v1', kind, metadata: { name }, spec });
    this.files.set(path, docs);
    return { file: path, document: docs.length - 1, pointer: '' };
  }

  guess(at: Origin, field: string[], severity: MappingFinding['severity'], message: string): void {
    this.findings.push({ ruleId: 'helpdesk-guessed', severity, message, at: { ...at, pointer: joinPointer('/spec', ...field) } });
  }
}

function channelsFor(org: ImportedOrg): { medium: string; sla: ImportedSla }[] {
  const out: { medium: string; sla: ImportedSla }[] = [];
  for (const sla of org.slas) for (const medium of sla.media) if (!out.some((c) => c.medium === medium)) out.push({ medium, sla });
  return out;
}

function writeChannels(w: Writer, org: ImportedOrg): string[] {
  const channels = channelsFor(org);
  const names = channels.map((c) => c.medium);
  const syncPath = channels.find((c) => c.medium === 'phone')?.medium ?? channels.find((c) => SYNC.has(c.medium))?.medium;
  const needsPath = channels.some((c) => !SYNC.has(c.medium));
  let urgent = syncPath;
  if (!urgent && needsPath && org.slas[0]) {
    urgent = 'urgent-line';
    channels.push({ medium: 'phone', sla: org.slas.find((s) => s.media.length > 0) ?? org.slas[0] });
    names.push(urgent);
  }
  channels.forEach(({ medium, sla }, i) => {
    const name = names[i]!;
    const sync = SYNC.has(medium);
    const at = w.add(`channels/${name}.yaml`, 'Channel', name, {
      mode: sync ? 'sync' : 'async', medium, displayName: `${name} (imported)`, looksLive: sync,
      purpose: `Fill in: what the ${name} channel is for.`, allowedUses: ['Fill in'],
      entryPoint: { location: `Fill in: where customers reach ${name}.`, showsResponseTime: true },
      slaPolicy: sla.name,
      ...(!sync && urgent ? { urgentPath: urgent } : {}),
    });
    if (name === 'urgent-line' && !syncPath) w.guess(at, [], 'warn', `${org.product} holds no phone or chat channel, and supportops asks for a synchronous way out for urgent tickets on async channels, so import added this placeholder urgent line on SLA policy '${sla.name}'. Fill it in, or remove it together with the urgentPath lines.`);
    w.guess(at, ['purpose'], 'warn', `${org.product} does not hold what channel '${name}' is for, who may use it or where customers find it: fill in purpose, allowedUses and entryPoint.`);
    w.guess(at, ['slaPolicy'], 'info', `${org.product} holds no demand forecast: add \`demand:\` (tickets per day and tier mix) to channel '${name}' so supportops can check capacity and predict attainment.`);
  });
  return names;
}

function writeTeams(w: Writer, org: ImportedOrg, channels: string[]): void {
  w.add('teams/roles.yaml', 'Role', ROLE, { category: 'tier1-async', description: `Agents imported from ${org.product}.` });
  const teams = org.groups.length ? org.groups : [{ name: 'support-team', source: `${org.product} (no groups)` }];
  for (const group of teams) {
    const at = w.add(`teams/${group.name}.yaml`, 'Team', group.name, { role: ROLE, schedule: AROUND_THE_CLOCK, headcount: 1, shrinkage: '30%', occupancy: '80%', handleTime: '10m', channels });
    w.guess(at, ['headcount'], 'warn', `${org.product} does not hold headcount: team '${group.name}' (from ${group.source}) is written with 1 person. Set the real headcount before trusting any capacity finding.`);
    w.guess(at, ['handleTime'], 'warn', `Shrinkage 30%, occupancy 80% and a 10m handle time are typical values, not ${org.product}'s: set the real ones for team '${group.name}'.`);
    w.guess(at, ['schedule'], 'warn', `${org.product} does not hold when team '${group.name}' works: it is written as around the clock, so no coverage gap shows until you give it its real shifts.`);
    w.guess(at, ['channels'], 'info', `${org.product} does not say which channels group '${group.name}' answers: it is written as answering all of them.`);
  }
  const always = Object.fromEntries(WEEKDAYS.map((d) => [d, ['00:00-24:00']]));
  const at = w.add('schedules/imported-around-the-clock.yaml', 'Schedule', AROUND_THE_CLOCK, { timeZone: 'UTC', weekly: always });
  w.guess(at, ['weekly'], 'info', 'The working hours of the imported teams (not the SLA clocks): replace with each team\'s real shifts.');
}

function writeSlas(w: Writer, org: ImportedOrg): void {
  for (const sla of org.slas) {
    const tiers = sla.tiers.map((t) => ({
      name: t.name, priority: t.priority, description: t.description, firstResponse: t.firstResponse,
      ...(t.nextResponse ? { nextResponse: t.nextResponse } : {}),
      ...(t.resolution ? { resolution: { median: t.resolution, p90: t.resolution } } : {}),
    }));
    const paused = sla.resolutionPausedWhile ? { pausedWhile: { resolution: sla.resolutionPausedWhile } } : {};
    const at = w.add(`sla/${sla.name}.yaml`, 'SlaPolicy', sla.name, { clock: sla.clock, ...(sla.schedule ? { schedule: sla.schedule } : {}), ...paused, tiers });
    for (const g of sla.guesses) w.guess(at, sla.clock === 'business' ? ['schedule'] : ['clock'], 'warn', g);
    sla.tiers.forEach((t, i) => {
      if (t.resolution) w.guess(at, ['tiers', String(i), 'resolution'], 'info', `${org.product} holds one resolution target (${t.resolution}) for tier '${t.name}' of ${sla.source}; it is written as both the median and the 90th percentile. Set the median you aim for.`);
    });
  }
}

function writeRest(w: Writer, org: ImportedOrg): void {
  for (const s of org.schedules) {
    const at = w.add(`schedules/${s.name}.yaml`, 'Schedule', s.name, { timeZone: s.timeZone, weekly: s.weekly, ...(s.holidays.length ? { holidays: s.holidays } : {}) });
    for (const g of s.guesses) w.guess(at, [], 'warn', g);
  }
  for (const t of org.templates) {
    const at = w.add(`templates/${t.name}.yaml`, 'Template', t.name, { purpose: t.purpose, sections: t.sections.map((s) => ({ heading: s.heading, ...(s.prompt ? { prompt: s.prompt } : {}), required: s.required })) });
    for (const g of t.guesses) w.guess(at, ['purpose'], 'info', g);
  }
}

/** The policy files of an imported helpdesk, each with a header saying where it came from. */
export function writeImported(org: ImportedOrg): { files: WrittenFile[]; findings: MappingFinding[] } {
  const w = new Writer();
  writeRest(w, org);
  writeSlas(w, org);
  const channels = writeChannels(w, org);
  writeTeams(w, org, channels);
  for (const note of org.notes) w.findings.push({ ruleId: 'helpdesk-guessed', severity: 'info', message: note, at: { file: 'teams/roles.yaml', document: 0, pointer: '' } });
  const header = `# Imported from ${org.product} by supportops import. Values ${org.product} does not hold are guesses,\n# each reported as a helpdesk-guessed finding: review them before relying on the checks.\n`;
  const files = [...w.files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([path, docs]) => ({
    path,
    text: header + docs.map((d) => stringify(d, { version: '1.2', lineWidth: 0 })).join('---\n'),
  }));
  return { files, findings: w.findings };
}
