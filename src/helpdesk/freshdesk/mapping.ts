/** The Freshdesk mapping table (rendered into docs/helpdesks.md). */
import type { MappingRow } from '../mapping-table.js';

export const FRESHDESK_MAPPING: readonly MappingRow[] = [
  { policy: '`Schedule`', helpdesk: 'business hours `name` (the key), `time_zone` (Rails name)', lossy: 'read-only in the API: entered by hand, and plan marks them manual (info); a zone without a Rails name is not exported (error)' },
  { policy: '`Schedule.weekly`', helpdesk: '`business_hours.<weekday>` `{start_time, end_time}` as `hh:mm:ss am`; 24:00 is `11:59:59 pm`', lossy: 'one interval per day: a split shift becomes one span and its break counts as business time (warn)' },
  { policy: '`Schedule.holidays`', helpdesk: '`list_of_holidays` `{holiday_date: "Dec 25", holiday_name}`', lossy: 'no year: every holiday recurs yearly (info)' },
  { policy: '`Schedule.overrides`', helpdesk: '—', lossy: 'not exported (warn)' },
  { policy: '`SlaPolicy` channels', helpdesk: '`applicable_to.sources`: 1 email, 2 portal (web form), 3 phone, 7 chat', lossy: 'other media are not selected (warn); a policy with none is not exported (warn)' },
  { policy: '`SlaPolicy.tiers`', helpdesk: '`sla_target.priority_4` (urgent) … `priority_1` (low)', lossy: 'four fixed priorities: fewer tiers, the least urgent covers the rest (info); a fifth is not exported (warn)' },
  { policy: '`tier.firstResponse`', helpdesk: '`respond_within`, seconds', lossy: 'no percentile (info)' },
  { policy: '`tier.resolution`', helpdesk: '`resolve_within` from the 90th percentile', lossy: 'the median is not exported (info); Freshdesk needs one for every priority, so a policy with a tier without resolution is not exported (warn)' },
  { policy: '`SlaPolicy.pausedWhile`', helpdesk: 'not exported: "SLA timer on hold" is set per status for the whole account, and Pending holds every timer', lossy: 'a first response or resolution the policy runs while pending is held by Freshdesk (warn); on hold needs a custom status with the flag (info)' },
  { policy: '`tier.nextResponse`, `tier.acknowledge`', helpdesk: '—', lossy: 'the SLA API holds neither (info)' },
  { policy: '`SlaPolicy.clock`', helpdesk: '`business_hours` true or false per priority', lossy: 'Freshdesk counts each ticket\'s group\'s business hours (info)' },
  { policy: '`Team`', helpdesk: 'group `name`, `business_hour_id` of its schedule', lossy: '—' },
  { policy: '`Template` (intake, handoff, solved-note)', helpdesk: 'canned response `title` (the key), `content_html`, in folder `supportops`', lossy: 'a template without sections is not exported' },
  { policy: 'acknowledgements (`supportops build`)', helpdesk: 'canned responses `Acknowledgement: <channel> (<tier>)`', lossy: 'no auto-reply supportops can configure through the API: agents send them (info)' },
  { policy: '`EscalationTrigger`', helpdesk: '—', lossy: 'supportops does not write Freshdesk automation rules: each escalation is not exported, with what to set up by hand (warn)' },
];
