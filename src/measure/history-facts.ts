/**
 * What the rules and the feasibility checks read of a measured history: the window, each
 * channel's measured demand, and its drift from the declared demand. A facts producer's output,
 * like coverage and capacity: rules read this, never the export.
 */
import type { ChannelCalibration } from './calibration.js';
import { compareDemand, windowWords, type DemandDrift } from './demand-drift.js';
import type { MeasureView } from './measure-view.js';
import type { PauseNote } from './pause-notes.js';

export interface HistoryFacts {
  /** What was read, as messages name it: the export's file, or "3 files". */
  source: string;
  /** The days measured, first and last: "2026-09-01..2026-11-30". */
  window: string;
  calibration: ChannelCalibration[];
  /** Each measured channel's drift from its declared demand, beyond tolerance. */
  drift: DemandDrift[];
  /** Where the export cannot show the pauses a policy declares, or the helpdesk paused where it does not. */
  pauses: PauseNote[];
}

/** The facts of a measurement's calibration, compared with the demand `view` declares. */
export function historyFacts(calibration: ChannelCalibration[], view: MeasureView, source: string, pauses: PauseNote[] = []): HistoryFacts {
  const declared = new Map(view.channels.map((c) => [c.name, c.demand]));
  const first = calibration[0];
  return {
    source,
    window: first ? windowWords(first) : '',
    calibration,
    drift: calibration.flatMap((c) => compareDemand(c, declared.get(c.channel))),
    pauses,
  };
}
