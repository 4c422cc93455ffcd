// Child process of capacity.bench.ts: simulate N days of the benchmark year once and print the
// process's peak RSS, before and after, as JSON. Separate processes, because peak RSS only grows.
import { simulateQueue } from '../src/capacity/index.js';
import { indexedClock, yearInput } from './simulation-year.js';

const days = Number(process.argv[2] ?? 30);
const input = { ...yearInput(days), elapsed: indexedClock(days) };
const before = process.resourceUsage().maxRSS * 1024;
const result = simulateQueue(input);
console.log(JSON.stringify({ days, tickets: result.arrivals, peakBacklog: result.peakBacklog, rssBefore: before, rssPeak: process.resourceUsage().maxRSS * 1024 }));
