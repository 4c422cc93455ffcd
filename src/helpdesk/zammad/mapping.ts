/** The Zammad mapping table (rendered into docs/helpdesks.md). */
import type { MappingRow } from '../mapping-table.js';

export const ZAMMAD_MAPPING: readonly MappingRow[] = [
  { policy: '`Schedule`', helpdesk: 'calendar `name`, `timezone` (IANA, as is)', lossy: 'none: a calendar has one zone, as a schedule does' },
  { policy: '`Schedule.weekly`', helpdesk: '`business_hours.<day>` `{active, timeframes}`; the end of the day is `23:59`, which Zammad reads as 24:00', lossy: 'none: split shifts kept, an overnight shift cut at midnight' },
  { policy: '`Schedule.holidays`', helpdesk: '`public_holidays` by date `{active, summary}`', lossy: '—' },
  { policy: '`Schedule.overrides`', helpdesk: 'a closed day becomes a public holiday', lossy: 'other overrides are not exported (warn)' },
  { policy: '`SlaPolicy` × tier', helpdesk: 'one SLA per tier, named `<policy> (<tier>)` (the key: SLAs have no note)', lossy: '—' },
  { policy: '`SlaPolicy` channels', helpdesk: '`condition` `ticket.create_article_type_id`: 1 email, 3 chat, 5 phone, 11 web', lossy: 'other media are not selected (warn); a policy with none is not exported (warn)' },
  { policy: '`tier.priority`', helpdesk: '`condition` `ticket.priority_id`: 3 high, 2 normal, 1 low', lossy: 'three priorities: fewer tiers, the least urgent covers the rest (info); a fourth is not exported (warn)' },
  { policy: '`tier.firstResponse`, `nextResponse`', helpdesk: '`first_response_time`, `update_time`, minutes', lossy: 'no percentile (info); seconds round up to a minute (info)' },
  { policy: '`tier.resolution`', helpdesk: '`solution_time` from the 90th percentile', lossy: 'the median is not exported (info)' },
  { policy: '`SlaPolicy.pausedWhile`', helpdesk: 'not exported: pending states stop every escalation clock', lossy: 'a clock the policy runs while pending is stopped by Zammad (warn); Zammad has no on-hold state (info)' },
  { policy: '`tier.acknowledge`', helpdesk: 'the auto-reply trigger', lossy: 'no SLA time of its own (info)' },
  { policy: '`SlaPolicy.clock`', helpdesk: '`calendar_id` of the schedule, or of the exported around-the-clock calendar `supportops-24-7`', lossy: '—' },
  { policy: 'acknowledgements (`supportops build`)', helpdesk: 'trigger: on create with the channel\'s article type and the tier\'s priorities → `notification.email` to the customer, as HTML', lossy: 'placeholders in Zammad\'s spelling (`{{ticket.id}}` → `#{ticket.number}`)' },
  { policy: '`Team`', helpdesk: 'group `name`', lossy: '—' },
  { policy: '`Template` (intake, handoff, solved-note)', helpdesk: 'text module `content` (HTML), `keywords`', lossy: 'a template without sections is not exported' },
  { policy: '`EscalationTrigger`', helpdesk: 'trigger `Escalate: <name>`: `ticket.tags` contains one (or all) of the tags and `ticket.priority_id` is not yet the tier\'s → set `ticket.priority_id`, and `ticket.group_id` of the one team in the `routeTo` role', lossy: 'ticket-field conditions are not exported (warn; one with only those is not exported at all); a role with several teams assigns no group (warn); the pick-up window, `syncChannel` and `notify` stay with the team (info)' },
];
