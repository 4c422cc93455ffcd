/** The Zendesk mapping table (rendered into docs/helpdesks.md). */
import type { MappingRow } from '../mapping-table.js';

export const ZENDESK_MAPPING: readonly MappingRow[] = [
  { policy: '`Schedule` name', helpdesk: 'schedule `name` (the key: schedules have no description)', lossy: '—' },
  { policy: '`Schedule.timeZone`', helpdesk: 'schedule `time_zone`, the Rails name (`Europe/London` → `London`)', lossy: 'a zone Rails has no name for is not exported (error, with zones of the same offsets suggested)' },
  { policy: '`Schedule.weekly`', helpdesk: 'workweek `intervals`, minutes from Sunday 00:00', lossy: 'none: an overnight shift is split at midnight, as Zendesk requires' },
  { policy: '`Schedule.holidays`', helpdesk: 'holidays `{name, start_date, end_date}`, one day each', lossy: '—' },
  { policy: '`Schedule.overrides`', helpdesk: 'a closed day becomes a holiday', lossy: 'other overrides are not exported (warn)' },
  { policy: '`SlaPolicy` channels', helpdesk: 'SLA policy `filter.any`: `via_id` is 0 (web form), 4 (email), 29 (chat), 34 (phone)', lossy: 'messaging, social, community and video channels have no via supportops selects on (warn); a policy with none is not exported (warn)' },
  { policy: '`SlaPolicy.tiers`', helpdesk: '`policy_metrics` per priority: urgent, high, normal, low', lossy: 'fewer tiers: the least urgent covers the rest (info); a fifth tier is not exported (warn)' },
  { policy: '`tier.firstResponse`', helpdesk: '`first_reply_time`, `target` in minutes', lossy: 'no percentile: `90% within 4h` becomes 4h for every ticket (info); seconds round up to a minute (info)' },
  { policy: '`tier.nextResponse`', helpdesk: '`next_reply_time`', lossy: 'no percentile (info)' },
  { policy: '`tier.resolution`', helpdesk: 'the resolution metric `pausedWhile.resolution` picks, from the 90th percentile', lossy: 'the median is not exported (info)' },
  { policy: '`SlaPolicy.pausedWhile`', helpdesk: 'resolution as `requester_wait_time` (stops while pending), `agent_work_time` (pending and on-hold) or `total_resolution_time` (never stops)', lossy: 'first and next reply times never stop, and no metric stops only while on hold: Zendesk counts that time, stricter than the policy (info)' },
  { policy: '`tier.acknowledge`', helpdesk: 'the acknowledgement trigger, which replies at once', lossy: 'no metric of its own (info)' },
  { policy: '`SlaPolicy.clock`', helpdesk: '`business_hours` true (business) or false (calendar)', lossy: 'Zendesk counts the ticket\'s schedule, not one named by the policy (info)' },
  { policy: '`Tag.defaultTier`', helpdesk: 'trigger `priority-<policy>-<tier>`: on create, `current_tags` includes the tags → set `priority`', lossy: '—' },
  { policy: 'acknowledgements (`supportops build`)', helpdesk: 'trigger `ack-<channel>-<tier>`: on create on the channel with the tier\'s priorities → `notification_user` to the requester', lossy: 'placeholders in Zendesk\'s spelling (`{{customer.name}}` → `{{ticket.requester.name}}`)' },
  { policy: '`Template` (intake, handoff, solved-note)', helpdesk: 'macro `comment_value`: one `##` heading per section', lossy: 'a template without sections is not exported; its Handlebars body stays in supportops (info)' },
  { policy: '`Team`', helpdesk: 'group `name`', lossy: '—' },
  { policy: '`EscalationTrigger`', helpdesk: 'trigger `escalate-<name>`: `current_tags` includes the tags (`all` or `any`, as `when.match`) and `priority` is not yet the tier\'s → set `priority`, and `group_id` of the one team in the `routeTo` role', lossy: 'ticket-field conditions are not exported (warn; one with only those is not exported at all); a role with several teams assigns no group (warn); the pick-up window, `syncChannel` and `notify` stay with the team (info)' },
];
