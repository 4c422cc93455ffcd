// Workload formulas for async and chat channels (docs/domain.md, Capacity
// formulas). Async channels are planned by workload, not Erlang: what matters
// is whether the work fits.
// Results are fractional; round up when rostering.

import { requireNonNegative, requirePositive, requireShare, requireShrinkage, requireWholeNumber } from './input-guards.js';

export interface AsyncFteInput {
  /** Tickets in the period. */
  volume: number;
  handleTimeSeconds: number;
  /** Paid time of one FTE in the same period, e.g. 8 h = 28,800 s a day. */
  paidTimeSeconds: number;
  /** Share of working time spent on tickets, in (0, 1]. */
  occupancy: number;
  /** Share of paid time lost to breaks, training, leave, in [0, 1). */
  shrinkage: number;
}

/** FTE = volume × handle time ÷ (paid time × occupancy × (1 − shrinkage)). */
export function asyncFte(input: AsyncFteInput): number {
  requireNonNegative('volume', input.volume);
  requirePositive('handleTimeSeconds', input.handleTimeSeconds);
  requirePositive('paidTimeSeconds', input.paidTimeSeconds);
  requireShare('occupancy', input.occupancy);
  requireShrinkage(input.shrinkage);
  return (input.volume * input.handleTimeSeconds) / (input.paidTimeSeconds * input.occupancy * (1 - input.shrinkage));
}

export interface ChatAgentsInput {
  /** Chats arriving in one interval. */
  volume: number;
  /** Average handle time of one chat (same unit as intervalSeconds). */
  ahtSeconds: number;
  intervalSeconds: number;
  /** Chats one agent carries at once, ≥ 1. */
  concurrency: number;
  /** Share of logged-in time actually chatting, in (0, 1]. */
  productivity: number;
}

/** Agents = V × AHT ÷ (interval × concurrency × productivity). */
export function chatAgents(input: ChatAgentsInput): number {
  requireNonNegative('volume', input.volume);
  requirePositive('ahtSeconds', input.ahtSeconds);
  requirePositive('intervalSeconds', input.intervalSeconds);
  if (!(input.concurrency >= 1 && Number.isFinite(input.concurrency))) {
    throw new RangeError(`concurrency must be ≥ 1, got ${input.concurrency}`);
  }
  requireShare('productivity', input.productivity);
  return (input.volume * input.ahtSeconds) / (input.intervalSeconds * input.concurrency * input.productivity);
}

export interface DailyCapacityInput {
  ticketsPerDay: number;
  agents: number;
  /** What one agent clears a day at the team's quality bar. */
  ticketsPerAgentPerDay: number;
}

export interface DailyCapacityResult {
  neededPerDay: number;
  availablePerDay: number;
  /** Needed − available when positive: the backlog grows by this every day. */
  backlogGrowthPerDay: number;
  /** Available − needed when positive. */
  spareCapacityPerDay: number;
  /** Agents needed at the same productivity: ⌈needed ÷ per-agent⌉. */
  agentsRequired: number;
  /** True when capacity covers demand (no backlog growth). */
  feasible: boolean;
}

/**
 * Tickets-per-agent-per-day check (seed 000: 240 a day against 2 × 30 = 60
 * leaves 180 a day unanswered; 8 agents are needed). No tiering rescues a
 * deficit: priorities reorder the queue, they do not shrink it.
 */
export function dailyCapacity(input: DailyCapacityInput): DailyCapacityResult {
  requireNonNegative('ticketsPerDay', input.ticketsPerDay);
  requireWholeNumber('agents', input.agents);
  requirePositive('ticketsPerAgentPerDay', input.ticketsPerAgentPerDay);
  const needed = input.ticketsPerDay;
  const available = input.agents * input.ticketsPerAgentPerDay;
  return {
    neededPerDay: needed,
    availablePerDay: available,
    backlogGrowthPerDay: Math.max(0, needed - available),
    spareCapacityPerDay: Math.max(0, available - needed),
    // The slack keeps 240 ÷ 30 at 8 even if the division lands a hair above.
    agentsRequired: Math.ceil(needed / input.ticketsPerAgentPerDay - 1e-9),
    feasible: available >= needed,
  };
}
