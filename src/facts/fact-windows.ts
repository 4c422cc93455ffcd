/**
 * Feasibility over time (docs/effective-dates.md). The horizon is cut into windows wherever a
 * dated revision starts or stops, each with the version in force then. A channel (or an
 * escalation trigger) is measured per stretch of windows in which everything its figures read
 * stays the same, so a change to one channel leaves the others' figures whole and computed once.
 */
import type { Entity, Model } from '../model/model.js';
import { slaPolicyOf, teamsServing } from '../model/queries.js';
import { addDays } from '../values/calendar-dates.js';
import { cmp } from '../values/order.js';
import type { Horizon } from './horizon.js';
import { Clocks, type CompiledSchedules } from './model-clocks.js';
import type { ShiftPiece } from './team-shifts.js';

/** Part of the horizon: from `from` up to the day before `until`. */
export interface FactWindow {
  from: string;
  until: string;
}

const id = (e: Entity) => `${e.origin.file}#${e.origin.document}`;

/** One window of the horizon and the version in force throughout it. */
export interface FactPiece extends ShiftPiece {
  window: FactWindow;
}

/** Channels and triggers measured over the same windows, `first` to `last`. */
export interface SegmentGroup {
  first: number;
  last: number;
  channels: Set<string>;
  triggers: Set<string>;
}

/** The same documents in force (a model with measured demand swaps the channels' specs, not their documents). */
const sameVersion = (a: Model, b: Model) => a === b || (a.entities.length === b.entities.length && a.entities.every((e, i) => id(e) === id(b.entities[i]!)));

/** `model`, when it is the version in force at the start of the horizon, is used as given there (check --history measures its demand). */
export function factPieces(given: Model, horizon: Horizon): FactPiece[] {
  const { timeline } = given;
  const compiled: CompiledSchedules = new Map();
  const end = addDays(horizon.from, horizon.days);
  return timeline.windows(horizon.from, end).map((w, i) => {
    const inForce = timeline.at(w.from);
    const model = i === 0 && sameVersion(inForce, given) ? given : inForce;
    const window = { from: w.from, until: w.until ?? end };
    return { window, model, clocks: new Clocks(model, compiled), fromMs: Date.parse(`${window.from}T00:00:00Z`), toMs: Date.parse(`${window.until}T00:00:00Z`) };
  });
}

/** Everything a channel's coverage, capacity and simulation read, as revision ids; undefined when it is not in force. */
function channelInputs(model: Model, name: string): string | undefined {
  const channel = model.find('Channel', name);
  if (!channel) return undefined;
  const read = new Set<Entity>([channel]);
  const policy = slaPolicyOf(model, channel);
  if (policy) read.add(policy);
  const clock = policy?.spec.schedule ? model.find('Schedule', policy.spec.schedule) : undefined;
  if (clock) read.add(clock);
  // The teams that answer it, and how they share their time with their other channels.
  for (const team of teamsServing(model, name)) {
    for (const other of team.spec.channels) {
      const entity = model.find('Channel', other);
      if (entity) read.add(entity);
      for (const t of teamsServing(model, other)) read.add(t);
    }
  }
  return signature(model, read);
}

function triggerInputs(model: Model, name: string): string | undefined {
  const trigger = model.find('EscalationTrigger', name);
  if (!trigger) return undefined;
  const read = new Set<Entity>([trigger, ...model.teams.filter((t) => t.spec.role === trigger.spec.routeTo)]);
  const clock = trigger.spec.schedule ? model.find('Schedule', trigger.spec.schedule) : undefined;
  if (clock) read.add(clock);
  return signature(model, read);
}

/** The revisions read, with the schedules of the teams among them. */
function signature(model: Model, read: Set<Entity>): string {
  for (const e of [...read]) {
    const schedule = e.kind === 'Team' ? model.find('Schedule', (e as Entity<'Team'>).spec.schedule) : undefined;
    if (schedule) read.add(schedule);
  }
  return [...read].map(id).sort(cmp).join(' ');
}

/** For each name, the runs of neighbouring windows with the same inputs, grouped by their windows. */
export function segmentGroups(pieces: readonly FactPiece[]): SegmentGroup[] {
  const groups = new Map<string, SegmentGroup>();
  const runs = (names: Set<string>, inputs: (model: Model, name: string) => string | undefined, into: 'channels' | 'triggers') => {
    for (const name of names) {
      const keys = pieces.map((p) => inputs(p.model, name));
      for (let first = 0; first < keys.length; ) {
        let last = first;
        while (last + 1 < keys.length && keys[last + 1] === keys[first]) last++;
        if (keys[first] !== undefined) {
          const at = `${first}-${last}`;
          const group = groups.get(at) ?? groups.set(at, { first, last, channels: new Set(), triggers: new Set() }).get(at)!;
          group[into].add(name);
        }
        first = last + 1;
      }
    }
  };
  runs(new Set(pieces.flatMap((p) => p.model.names('Channel'))), channelInputs, 'channels');
  runs(new Set(pieces.flatMap((p) => p.model.names('EscalationTrigger'))), triggerInputs, 'triggers');
  return [...groups.values()].sort((a, b) => a.first - b.first || a.last - b.last);
}
