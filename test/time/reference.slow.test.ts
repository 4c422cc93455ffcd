// The long differential sweep: 250 seeded random schedules and windows per zone against luxon.
import { referenceSweep } from './support/reference-sweep.js';

referenceSweep(250);
