/**
 * Properties of the mappings (fixed seed, see test/setup-fast-check.ts): Zendesk intervals keep
 * exactly the open minutes of any weekly hours and never cross midnight, and read back into the
 * same hours; Freshdesk's 12-hour times read back to the minute; a helpdesk holding the export
 * plans nothing, and one changed field plans exactly one update.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { twelveHour } from '../../src/helpdesk/freshdesk/business-hours.js';
import { minutesOf } from '../../src/helpdesk/freshdesk/import.js';
import { liveObject } from '../../src/helpdesk/live.js';
import { plan } from '../../src/helpdesk/plan/plan.js';
import type { DayInterval } from '../../src/helpdesk/policy-view.js';
import { resourceOf } from '../../src/helpdesk/api.js';
import { ZENDESK_API } from '../../src/helpdesk/zendesk/api.js';
import { zendeskImport } from '../../src/helpdesk/zendesk/import.js';
import { weekIntervals } from '../../src/helpdesk/zendesk/schedules.js';
import { parseInterval } from '../../src/values/wall-clock.js';
import { exportOf } from './helpers.js';
import { withRef } from '../../src/helpdesk/refs.js';

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const at = { file: 'x.yaml', document: 0, pointer: '' };

/** A shift as a schedule may hold one: start in the day, up to 24h long (overnight allowed). */
const shift = fc.record({ day: fc.constantFrom(...DAYS), start: fc.integer({ min: 0, max: 1439 }), length: fc.integer({ min: 1, max: 1440 }) })
  .map(({ day, start, length }): DayInterval => ({ day, start, end: start + length, text: '', at }));

function openMinutes(list: readonly { start: number; end: number }[]): Set<number> {
  const open = new Set<number>();
  for (const { start, end } of list) for (let m = start; m < end; m++) open.add(m % 10080);
  return open;
}

describe('Zendesk intervals', () => {
  it('keep exactly the open minutes of the week, sorted, each within one day', () => {
    fc.assert(fc.property(fc.array(shift, { maxLength: 12 }), (shifts) => {
      const out = weekIntervals({ intervals: shifts });
      const expected = openMinutes(shifts.map((s) => ({ start: DAYS.indexOf(s.day) * 1440 + s.start, end: DAYS.indexOf(s.day) * 1440 + s.end })));
      expect(openMinutes(out.map((i) => ({ start: i.start_time, end: i.end_time })))).toEqual(expected);
      for (const [i, interval] of out.entries()) {
        expect(interval.end_time).toBeGreaterThan(interval.start_time);
        expect(Math.floor(interval.start_time / 1440)).toBe(Math.floor((interval.end_time - 1) / 1440));
        if (i > 0) expect(interval.start_time).toBeGreaterThanOrEqual(out[i - 1]!.end_time);
      }
    }));
  });

  it('read back by import into weekly hours that export to the same intervals', () => {
    fc.assert(fc.property(fc.array(shift, { maxLength: 12 }), (shifts) => {
      const intervals = weekIntervals({ intervals: shifts });
      const body = { id: 1, name: 's', time_zone: 'London', intervals: intervals as never, holidays: [] };
      const [schedule] = zendeskImport([liveObject(resourceOf(ZENDESK_API, 'schedule'), body)!]).schedules;
      const back: DayInterval[] = Object.entries(schedule!.weekly).flatMap(([day, list]) => list.map((text) => {
        const p = parseInterval(text);
        if (!p.ok) throw new Error(p.error);
        return { day: day as DayInterval['day'], start: p.value.start, end: p.value.end, text, at };
      }));
      expect(weekIntervals({ intervals: back })).toEqual(intervals);
    }));
  });
});

it('Freshdesk times read back to the minute, for every minute of the day', () => {
  for (let m = 0; m <= 1440; m++) expect(minutesOf(twelveHour(m))).toBe(m);
});

describe('plan', () => {
  const desired = exportOf('zendesk').exported.objects;
  const ids = new Map(desired.map((o, i) => [o.key, i + 1]));
  // As the helpdesk holds them: references filled with the ids of the objects they name.
  const live = desired.map((o, i) => liveObject(resourceOf(ZENDESK_API, o.type), { id: i + 1, ...Object.entries(o.refs).reduce((body, [f, key]) => withRef(body, f, ids.get(key)!), o.payload) })!);

  it('finds nothing to do for any subset the helpdesk holds exactly, and creates the rest', () => {
    // A held object's references are held too: the helpdesk cannot point at what it lacks.
    const closed = (picked: number[]) => [...new Set(picked.flatMap((i) => [i, ...Object.values(desired[i]!.refs).map((key) => ids.get(key)! - 1)]))];
    fc.assert(fc.property(fc.subarray(desired.map((_, i) => i)).map(closed), (held) => {
      const p = plan(ZENDESK_API, desired, held.map((i) => live[i]!));
      expect(p.changes.map((c) => c.action)).toEqual(desired.map(() => 'create').slice(held.length));
    }));
  });

  it('plans exactly one update, of exactly that field, when one field differs', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: desired.length - 1 }), fc.string({ minLength: 1, maxLength: 8 }), (index, noise) => {
      const object = desired[index]!;
      const field = object.type === 'schedule' ? 'name' : 'title' in object.payload ? 'title' : 'name';
      const changed = live.map((o, i) => (i === index ? liveObject(resourceOf(ZENDESK_API, o.type), { ...o.body, [field]: `${String(o.body[field])}${noise}` })! : o));
      const p = plan(ZENDESK_API, desired, changed);
      const expected = object.type === 'schedule' ? ['create', 'unmanaged'] : ['update'];
      expect(p.changes.map((c) => c.action)).toEqual(expected);
      if (expected[0] === 'update') expect(p.changes[0]!.fields.map((f) => f.path)).toEqual([`/${field}`]);
    }));
  });
});
