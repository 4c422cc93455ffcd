/**
 * The statuses a ticket waits in on someone other than the team: pending (on the customer) and
 * on-hold (a third party). The policies' `pausedWhile`, the ticket history and the helpdesks'
 * pause settings all speak of these two.
 */
export const WAITING_STATUSES = ['pending', 'on-hold'] as const;
export type WaitingStatus = (typeof WAITING_STATUSES)[number];
