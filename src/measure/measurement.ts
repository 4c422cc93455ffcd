/** The measurement as data: what measure-history returns and the JSON report writes (src/format/measure-json.ts publishes it as schemas/measure.schema.json). */
import type { HistoryProblem } from '../history/history-problems.js';
import type { MeasuredMetric } from '../history/ticket-record.js';
import type { ChannelCalibration } from './calibration.js';
import type { Breach } from './metric-cell.js';
import type { PauseNote } from './pause-notes.js';
import type { ChannelRule, TierRule } from './ticket-mapping.js';

export interface TargetResult {
  /** As the policy writes it: "90% within 4h"; resolution reads "median 1d", "p90 3d". */
  text: string;
  share: number;
  seconds: number;
  met: number;
  breached: number;
  censored: number;
  /** met ÷ (met + breached); null when nothing was decided yet. */
  attained: number | null;
  /** Whether `attained` reaches `share`; null when undecided. */
  meets: boolean | null;
}

export interface CellResult {
  channel: string;
  policy: string;
  /** The SLA schedule's name, or 'calendar'. */
  clock: string;
  tier: string;
  metric: MeasuredMetric;
  /** Milestones measured (reached, or open past a target). */
  measured: number;
  noData: number;
  targets: TargetResult[];
  p50Seconds: number | null;
  p90Seconds: number | null;
  percentiles: 'exact' | 'histogram';
  breaches: { count: number; listed: Breach[] };
}

export interface MappingCount {
  channel: string;
  rule: ChannelRule | TierRule;
  tier?: string;
  value: string;
  tickets: number;
}

export interface UnmappedGroup {
  reason: string;
  tickets: number;
  examples: { id: string; file: string; line?: number; pointer?: string }[];
}

export interface CrossCheck {
  /** Tickets whose helpdesk-measured first-response minutes were compared with ours, and how many agree within a minute. */
  firstResponseMinutes: { compared: number; agreed: number };
  /** Helpdesk SLA verdicts (breach events) compared where its target equals the policy's. */
  breachVerdicts: { compared: number; agreed: number };
  /** The helpdesk's own SLA verdicts (Freshdesk's "Within SLA" / "SLA Violated") against ours on the policy's loosest target. */
  helpdeskVerdicts: { compared: number; agreed: number };
  /** A few disagreements, by ticket id. */
  examples: { ticket: string; what: string; helpdesk: number | string; measured: number | string }[];
}

export interface Measurement {
  asOf: string;
  window: { from: string | null; to: string | null };
  records: { read: number; measured: number; outsideWindow: number; unmapped: number; skipped: number };
  problems: { counts: { kind: string; count: number }[]; listed: HistoryProblem[]; stoppedBy: HistoryProblem | null };
  mapping: { channels: MappingCount[]; tiers: MappingCount[] };
  unmapped: UnmappedGroup[];
  attainment: CellResult[];
  crossCheck: CrossCheck;
  /** Where the export cannot show the pauses the policies declare, or the helpdesk paused where they do not. */
  pauses: PauseNote[];
  calibration: ChannelCalibration[];
}
