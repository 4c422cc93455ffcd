// Teams, each on a schedule of its own. Per desk: tier-1 agents in four offices that together
// cover London office hours (the SLA clock) even when one office is closed, a live team for the
// chat or phone line, and specialists. Per set: an incident rota, security, knowledge, QA, leads.
import { volumes, CHAT_HOURS } from './channels.js';
import type { Doc } from './documents.js';
import { channelNames, FAMILIES, slaNames, type Desk, type Plan, type SlaSet } from './plan.js';
import { integer, seeded } from './random.js';
import { EVERY_DAY, officeSchedule, weekly, WEEKDAYS, type Weekly } from './schedules.js';
import { specialistTeam, tagName, isSpecialistTag, TOPICS, ASPECTS } from './tags.js';
import { office, type Office } from './zones.js';

/** A team and the schedule it works, named after it. */
export interface Staffed {
  team: Doc;
  schedule: Doc;
}

interface TeamSpec {
  role: string;
  headcount: number;
  shrinkage: string;
  occupancy: string;
  handleTime?: string;
  concurrency?: number;
  channels: string[];
  tags?: string[];
}

function staffed(name: string, office: Office, week: Weekly, schedule: Parameters<typeof officeSchedule>[2], spec: TeamSpec, note?: string): Staffed {
  const scheduleName = `${name}-hours`;
  return {
    schedule: { kind: 'Schedule', name: scheduleName, spec: officeSchedule(office, week, schedule) },
    team: { kind: 'Team', name, ...(note ? { description: note } : {}), spec: { ...spec, schedule: scheduleName } },
  };
}

/** The SLA clock: London office hours on weekdays, UK bank holidays, short Christmas and New Year's Eves. */
export function slaClock(set: SlaSet): Doc {
  return { kind: 'Schedule', name: slaNames(set).clock, description: 'Published support hours; the clock of every business-hours SLA.', spec: officeSchedule(office('london'), weekly(WEEKDAYS, ['08:00-18:00']), { holidays: true, shortDays: true }) };
}

const TIER1_HOURS: Record<string, Weekly> = {
  london: weekly(WEEKDAYS, ['08:00-18:00']), dublin: weekly(WEEKDAYS, ['08:00-18:00']), berlin: weekly(WEEKDAYS, ['08:00-18:00']),
  madrid: weekly(WEEKDAYS, ['08:00-14:00', '15:00-18:30']), kolkata: weekly(WEEKDAYS, ['12:00-21:00']),
  'new-york': weekly(WEEKDAYS, ['08:00-17:00']), chicago: weekly(WEEKDAYS, ['08:00-17:00']), 'los-angeles': weekly(WEEKDAYS, ['08:00-17:00']),
  'sao-paulo': weekly(WEEKDAYS, ['08:00-17:00']), singapore: weekly(WEEKDAYS, ['08:30-12:30', '13:30-17:30']),
  tokyo: weekly(WEEKDAYS, ['09:00-18:00']), sydney: weekly(WEEKDAYS, ['08:00-16:30'], { sat: ['09:00-13:00'] }),
};
/** Share of a desk's tier-1 agents in each region. */
const REGION_SHARE = { emea: 0.35, india: 0.25, americas: 0.25, apac: 0.15 } as const;

function tier1Teams(desk: Desk): Staffed[] {
  const v = volumes(desk);
  const names = channelNames(desk);
  const draw = seeded(`tier1/${desk.name}`);
  const handleMinutes = integer(draw, 7, 10);
  // Agents for about 65% utilisation: 4 tickets an hour each at 8 minutes, ~47 hours a week on shift.
  const perAgentDay = ((0.7 * 0.8 * 60) / handleMinutes) * (47 / 7);
  const total = (v.email + v.webForm + v.messenger) / (0.65 * perAgentDay);
  return ([desk.emea, desk.india, desk.americas, desk.apac] as const).map((o, slot) => {
    const hot = desk.index % 15 === 7 && o.region === 'americas';
    let week = TIER1_HOURS[o.city]!;
    // One Berlin team watches Sunday nights before the week starts, into the spring-forward gap.
    if (desk.index % 15 === 6 && o.city === 'berlin') week = { ...week, sun: ['02:30-06:30'] };
    return staffed(`${desk.name}-tier1-${o.city}`, o, week, { holidays: true, shortDays: true, training: { key: desk.name, slot } }, {
      role: 'tier1-agent', headcount: Math.max(2, Math.ceil(total * REGION_SHARE[o.region])), shrinkage: '30%', occupancy: hot ? '88%' : '80%',
      handleTime: `${handleMinutes}m`, channels: [names.email, names.webForm, names.messenger],
    }, hot ? 'Runs hot until the new hires in the spring are trained.' : undefined);
  });
}

function liveTeam(desk: Desk): Staffed {
  const v = volumes(desk);
  const names = channelNames(desk);
  if (desk.sync === 'chat') {
    const peakPerHour = (v.sync * Math.max(...CHAT_HOURS)) / CHAT_HOURS.reduce((a, b) => a + b, 0);
    return staffed(`${desk.name}-chat-london`, office('london'), weekly(WEEKDAYS, ['08:00-18:00']), { holidays: true, shortDays: true }, {
      role: 'live-agent', headcount: Math.ceil(peakPerHour / 6) + 1, shrinkage: '30%', occupancy: '75%', handleTime: '8m', concurrency: 2, channels: [names.sync],
    });
  }
  return staffed(`${desk.name}-phone-${desk.americas.city}`, desk.americas, weekly(EVERY_DAY, ['07:00-19:00']), { holidays: true, shortDays: false }, {
    role: 'live-agent', headcount: 3 + Math.round(desk.size * 2), shrinkage: '25%', occupancy: '70%', handleTime: '10m', channels: [names.sync],
  });
}

function specialists(desk: Desk): Staffed {
  const names = channelNames(desk);
  const tags = TOPICS.flatMap((t) => ASPECTS.filter((a) => isSpecialistTag(desk, t, a)).map((a) => tagName(desk, t, a)));
  const handle = integer(seeded(`specialists/${desk.name}`), 25, 45);
  return staffed(specialistTeam(desk), desk.emea, weekly(WEEKDAYS, ['09:00-17:30']), { holidays: true, shortDays: true, training: { key: desk.name, slot: 4 } }, {
    role: desk.family.role, headcount: 3 + Math.round(desk.size * 3), shrinkage: '25%', occupancy: '80%', handleTime: `${handle}m`,
    channels: [names.email, names.webForm], tags,
  });
}

export function deskTeams(desk: Desk): Staffed[] {
  return [...tier1Teams(desk), liveTeam(desk), specialists(desk)];
}

/** The set's global teams; the incident rota answers the set's phone lines around the clock. */
export function globalTeams(set: SlaSet, phoneLines: string[]): Staffed[] {
  const s = set.suffix;
  const always = { holidays: false, shortDays: false };
  const officeDays = { holidays: true, shortDays: true };
  const rota = (city: string, hours: string) => staffed(`incident-${city}${s}`, office(city), weekly(EVERY_DAY, [hours]), always, {
    role: 'incident-engineer', headcount: 8, shrinkage: '20%', occupancy: '50%', handleTime: '20m', channels: phoneLines,
  }, 'Follow-the-sun incident rota; works through public holidays.');
  const officeTeam = (name: string, city: string, role: string, hours: string[], handleTime?: string) => staffed(`${name}${s}`, office(city), weekly(WEEKDAYS, hours), { ...officeDays, training: { key: `${name}${s}`, slot: 0 } }, {
    role, headcount: 2 + integer(seeded(`global/${name}${s}`), 0, 3), shrinkage: '20%', occupancy: '70%', ...(handleTime ? { handleTime } : {}), channels: [],
  });
  return [
    rota('singapore', '07:00-17:00'), rota('london', '08:00-18:00'), rota('new-york', '09:00-19:00'),
    // The security desk in London keeps the SLA clock's hours exactly, so urgent escalations always reach it.
    staffed(`security-london${s}`, office('london'), weekly(WEEKDAYS, ['08:00-18:00']), officeDays, { role: 'security-specialist', headcount: 4, shrinkage: '25%', occupancy: '70%', handleTime: '45m', channels: [] }),
    officeTeam('security-sao-paulo', 'sao-paulo', 'security-specialist', ['08:00-17:00'], '45m'),
    officeTeam('trust-safety-tokyo', 'tokyo', 'security-specialist', ['09:00-18:00'], '45m'),
    officeTeam('knowledge-dublin', 'dublin', 'knowledge-owner', ['09:00-17:30']),
    officeTeam('qa-kolkata', 'kolkata', 'qa-reviewer', ['10:00-19:00']),
    officeTeam('workforce-berlin', 'berlin', 'support-lead', ['09:00-17:00']),
    { schedule: slaClock(set), team: { kind: 'Team', name: `support-leads${s}`, spec: { role: 'support-lead', schedule: slaNames(set).clock, headcount: 3, shrinkage: '20%', occupancy: '60%', channels: [] } } },
  ];
}

const ROLE_TEXT: Record<string, [string, string]> = {
  'tier1-agent': ['tier1-async', 'Triages every incoming ticket, tags it, and answers standard questions.'],
  'live-agent': ['tier1-async', 'Answers live chat and the urgent lines while they are open.'],
  'security-specialist': ['specialist', 'Investigates security reports and account compromises.'],
  'incident-engineer': ['specialist', 'Takes outages and answers the urgent lines around the clock.'],
  'knowledge-owner': ['knowledge-owner', 'Keeps knowledge-base articles correct and reviewed on time.'],
  'qa-reviewer': ['qa-reviewer', 'Scores replies, including AI-assisted ones, against the QA rubric.'],
  'support-lead': ['lead', 'Owns the support policies, metrics and escalated complaints.'],
};

/** Every role some team holds: the fixed ones and the specialist families the desks use. */
export function roles(org: Plan): Doc[] {
  const families = FAMILIES.filter((f) => org.desks.some((d) => d.family === f));
  const docs: Doc[] = Object.entries(ROLE_TEXT).map(([name, [category, description]]) => ({ kind: 'Role', name, spec: { category, description } }));
  for (const f of families) docs.push({ kind: 'Role', name: f.role, spec: { category: 'specialist', description: `Handles ${f.what}.`, responsibilities: [`Investigate ${f.what}`, 'Hand the ticket back with the solved-ticket note'] } });
  return docs.sort((a, b) => (a.name < b.name ? -1 : 1));
}
