/** The on-disk facts cache: entries read back equal, anything damaged or foreign is recomputed, the folder stays bounded. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SimulationResult } from '../../src/capacity/index.js';
import { FactsCache, type SimulationStore } from '../../src/facts/facts-cache.js';
import { checkPolicies } from '../../src/rules/check-policies.js';
import { DiskSimulationStore, pruneFolder } from '../../src/host/simulation-store.js';
import { AS_OF, edit, REPO, toFiles, type FileSet } from '../helpers/policies.js';

const now = () => new Date();
const scratch = () => mkdtempSync(join(tmpdir(), 'supportops-cache-'));

/** A result with the numbers JSON alone would lose: infinities, NaN, −0. */
function result(seed: number): SimulationResult {
  const wait = { meanMinutes: { mean: -0, ci95: null, samples: 2 }, p50Minutes: 1.5, p90Minutes: Infinity, p95Minutes: Infinity, maxMinutes: -Infinity, attainment: [{ targetMinutes: 60, attainment: { mean: NaN, ci95: { low: 0.25, high: 0.75 }, samples: 2 } }] };
  return { seed, replications: 2, batches: 13, arrivals: 1234, peakBacklog: 7, tiers: [{ name: 'high', priority: 1, tickets: 10, unanswered: 0, unresolved: 1, acknowledge: wait, firstResponse: wait, resolution: wait, peakBacklog: 3, oldestWaitMinutes: 0.1 + 0.2 }] };
}

const entries = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.sim.json'));

/** A FactsCache whose runs are counted. */
function counted(store: SimulationStore) {
  let runs = 0;
  const cache = new FactsCache(store);
  const get = (key: string, value: SimulationResult) => cache.simulation(key, () => (runs++, value));
  return { get, runs: () => runs };
}

describe('DiskSimulationStore', () => {
  it('reads back exactly what it wrote, infinities, NaN and −0 included, and leaves no temporary file', () => {
    const dir = join(scratch(), 'nested', 'cache');
    const store = new DiskSimulationStore(dir, now);
    expect(store.read('k')).toBeUndefined();
    store.write('k', result(1));
    expect(entries(dir)).toHaveLength(1);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const back = new DiskSimulationStore(dir, now).read('k')!;
    expect(back).toEqual(result(1));
    expect(Object.is(back.tiers[0]!.firstResponse.meanMinutes.mean, -0)).toBe(true);
  });

  it('serves a later run without simulating, and simulates what it has not seen', () => {
    const dir = scratch();
    const cold = counted(new DiskSimulationStore(dir, now));
    cold.get('a', result(1));
    expect(cold.runs()).toBe(1);
    const warm = counted(new DiskSimulationStore(dir, now));
    expect(warm.get('a', result(99))).toEqual(result(1));
    expect(warm.get('b', result(2))).toEqual(result(2));
    expect(warm.runs()).toBe(1);
  });

  it('recomputes a truncated, corrupted, renamed or foreign entry instead of failing', () => {
    const dir = scratch();
    const store = new DiskSimulationStore(dir, now);
    store.write('a', result(1));
    store.write('b', result(2));
    const [fileA, fileB] = ['a', 'b'].map((k) => entries(dir).find((f) => readFileSync(join(dir, f), 'utf8').includes(`\\"${k}\\"`))!);
    const textA = readFileSync(join(dir, fileA!), 'utf8');
    const damaged = [textA.slice(0, textA.length / 2), textA.replace('1234', '1235'), '', '\u0000\u0001garbage', textA.replace(/\n$/, '')];
    for (const text of damaged) {
      writeFileSync(join(dir, fileA!), text);
      const again = counted(new DiskSimulationStore(dir, now));
      expect(again.get('a', result(7))).toEqual(result(7));
      expect(again.runs()).toBe(1);
    }
    // b's entry under a's name: the name alone is not trusted, the key inside must match.
    writeFileSync(join(dir, fileA!), readFileSync(join(dir, fileB!)));
    expect(new DiskSimulationStore(dir, now).read('a')).toBeUndefined();
  });

  it('never fails a run when the folder cannot be written', () => {
    const file = join(scratch(), 'a-file');
    writeFileSync(file, 'not a folder');
    const store = counted(new DiskSimulationStore(join(file, 'cache'), now));
    expect(store.get('a', result(1))).toEqual(result(1));
    expect(store.runs()).toBe(1);
  });

  it('prunes the oldest entries first, down to the bound, and stale temporary files', () => {
    const dir = scratch();
    const store = new DiskSimulationStore(dir, now);
    for (const k of ['old', 'mid', 'new']) store.write(k, result(1));
    const size = statSync(join(dir, entries(dir)[0]!)).size;
    const named = (k: string) => entries(dir).find((f) => readFileSync(join(dir, f), 'utf8').includes(`\\"${k}\\"`))!;
    const ages = { old: 3000, mid: 2000, new: 1000 };
    for (const [k, age] of Object.entries(ages)) utimesSync(join(dir, named(k)), new Date(Date.now() - age * 1000), new Date(Date.now() - age * 1000));
    writeFileSync(join(dir, 'x.sim.json.1.ab.tmp'), 'left by a writer that died');
    utimesSync(join(dir, 'x.sim.json.1.ab.tmp'), new Date(0), new Date(0));
    writeFileSync(join(dir, 'y.sim.json.2.cd.tmp'), 'a writer at work');
    pruneFolder(dir, 2 * size, Date.now());
    expect(new DiskSimulationStore(dir, now).read('old')).toBeUndefined();
    expect(new DiskSimulationStore(dir, now).read('mid')).toEqual(result(1));
    expect(new DiskSimulationStore(dir, now).read('new')).toEqual(result(1));
    expect(existsSync(join(dir, 'x.sim.json.1.ab.tmp'))).toBe(false);
    expect(existsSync(join(dir, 'y.sim.json.2.cd.tmp'))).toBe(true);
  });
});

/** Every key a check asks for, and which of them it had to simulate. */
function recording(dir: string) {
  const inner = new DiskSimulationStore(dir, now);
  const asked: string[] = [];
  const simulated: string[] = [];
  const store: SimulationStore = {
    read: (key) => (asked.push(key), inner.read(key)),
    write: (key, value) => (simulated.push(key), inner.write(key, value)),
  };
  return { store, asked, simulated };
}

/** The example policies as a file set, calendars included. */
function example(): FileSet {
  const files: FileSet = {};
  const walk = (rel: string) => {
    for (const e of readdirSync(join(REPO, 'policies', rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path);
      else files[path] = readFileSync(join(REPO, 'policies', path), 'utf8');
    }
  };
  walk('');
  return files;
}

const simulationOf = (set: FileSet, store?: SimulationStore) => JSON.stringify(checkPolicies(toFiles(set), { asOf: AS_OF, horizonDays: 28, cache: new FactsCache(store) }).facts!.simulation);

describe('the facts cache across runs', () => {
  it('re-simulates only the channels a change touches, with the facts a fresh run computes', () => {
    const dir = scratch();
    const cold = recording(dir);
    const set = example();
    const fresh = simulationOf(set);
    expect(simulationOf(set, cold.store)).toBe(fresh);
    expect(cold.simulated).toEqual(cold.asked);
    expect(cold.asked.length).toBeGreaterThan(2);

    const warm = recording(dir);
    expect(simulationOf(set, warm.store)).toBe(fresh);
    expect(warm.simulated).toEqual([]);

    const changed = edit(set, 'channels/email.yaml', 'ticketsPerDay: 200', 'ticketsPerDay: 210');
    const after = recording(dir);
    expect(simulationOf(changed, after.store)).toBe(simulationOf(changed));
    const seen = new Set(cold.asked);
    expect(after.simulated).toEqual(after.asked.filter((k) => !seen.has(k)));
    expect(after.simulated.length).toBeGreaterThan(0);
    expect(after.simulated.length).toBeLessThan(after.asked.length);
  });
});
