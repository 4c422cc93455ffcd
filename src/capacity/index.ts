// Capacity engine: can this staffing keep these promises? Pure functions over
// numbers and typed arrays; the time engine supplies business clocks.

export { erlangB, erlangC, requiredAgents, roster, trafficErlangs } from './erlang.js';
export type { ErlangCInput, ErlangCResult, RequiredAgentsInput, RequiredAgentsResult } from './erlang.js';
export { asyncFte, chatAgents, dailyCapacity } from './workload.js';
export type { AsyncFteInput, ChatAgentsInput, DailyCapacityInput, DailyCapacityResult } from './workload.js';
export { backlogOverTime, effectiveCapacity } from './backlog.js';
export type { BacklogInput, BacklogResult, EffectiveCapacityInput, WaitCase } from './backlog.js';
export { calendarMinutes, type ElapsedMinutes } from './wait-clock.js';
export { ClockIndex, indexClock, type WaitClock } from './wait-clock.js';
export { simulateQueue, simulateQueues } from './simulate.js';
export type { SimulationResult, TargetAttainment, TierResult, WaitSummary } from './simulate.js';
export type { SimulationInput, SimulationTier, StaffingSteps, TicketObserver } from './simulation-input.js';
export { estimate, tCritical95, tCritical999, type Estimate } from './estimate.js';
export { WaitHistogram } from './histogram.js';
export { Xoshiro128, deriveSeed, splitmix32 } from './prng.js';
