/** Every rule, by id. A meta-test checks that each has a file, a doc page and a test with the same name. */
import type { Rule } from './define-rule.js';
import aiHumanReview from './ai-human-review.js';
import aiQaRubric from './ai-qa-rubric.js';
import capacityMeetsDemand from './capacity-meets-demand.js';
import changeNotice from './change-notice.js';
import channelHasSla from './channel-has-sla.js';
import channelHasTeam from './channel-has-team.js';
import coverageMeetsPromise from './coverage-meets-promise.js';
import demandMatchesHistory from './demand-matches-history.js';
import demandTierMixTotal from './demand-tier-mix-total.js';
import disclosureFeasible from './disclosure-feasible.js';
import effectiveDates from './effective-dates.js';
import escalationRoleCoverage from './escalation-role-coverage.js';
import kbArticleNaming from './kb-article-naming.js';
import kbArticleOwner from './kb-article-owner.js';
import kbCoversTopThemes from './kb-covers-top-themes.js';
import kbReviewDue from './kb-review-due.js';
import liveChannelDisclosesResponseTime from './live-channel-discloses-response-time.js';
import missingTranslation from './missing-translation.js';
import metricTargetMatchesSla from './metric-target-matches-sla.js';
import noDuplicateNames from './no-duplicate-names.js';
import noUnresolvedReferences from './no-unresolved-references.js';
import noUnusedDefinitions from './no-unused-definitions.js';
import occupancySustainable from './occupancy-sustainable.js';
import pauseDeclarations from './pause-declarations.js';
import predictedAttainment from './predicted-attainment.js';
import realDates from './real-dates.js';
import roleHasTeam from './role-has-team.js';
import scheduleSanity from './schedule-sanity.js';
import shiftInDstGap from './shift-in-dst-gap.js';
import slaClockSchedule from './sla-clock-schedule.js';
import slaTargetOrder from './sla-target-order.js';
import slaTierMonotonic from './sla-tier-monotonic.js';
import syncServiceLevel from './sync-service-level.js';
import tagHasOwner from './tag-has-owner.js';
import teamProductivity from './team-productivity.js';
import templateVariables from './template-variables.js';
import templatesPresent from './templates-present.js';
import tierExists from './tier-exists.js';
import timeZoneExists from './time-zone-exists.js';
import triggerHasSyncPath from './trigger-has-sync-path.js';
import triggerWindowVsTier from './trigger-window-vs-tier.js';
import urgentPathIsSync from './urgent-path-is-sync.js';

export const RULES: readonly Rule[] = [
  aiHumanReview,
  aiQaRubric,
  capacityMeetsDemand,
  changeNotice,
  channelHasSla,
  channelHasTeam,
  coverageMeetsPromise,
  demandMatchesHistory,
  demandTierMixTotal,
  disclosureFeasible,
  effectiveDates,
  escalationRoleCoverage,
  kbArticleNaming,
  kbArticleOwner,
  kbCoversTopThemes,
  kbReviewDue,
  liveChannelDisclosesResponseTime,
  metricTargetMatchesSla,
  missingTranslation,
  noDuplicateNames,
  noUnresolvedReferences,
  noUnusedDefinitions,
  occupancySustainable,
  pauseDeclarations,
  predictedAttainment,
  realDates,
  roleHasTeam,
  scheduleSanity,
  shiftInDstGap,
  slaClockSchedule,
  slaTargetOrder,
  slaTierMonotonic,
  syncServiceLevel,
  tagHasOwner,
  teamProductivity,
  templateVariables,
  templatesPresent,
  tierExists,
  timeZoneExists,
  triggerHasSyncPath,
  triggerWindowVsTier,
  urgentPathIsSync,
];

/** Ids supportops itself reports (not rules; the helpdesk ones come from export, plan, apply and import): they cannot be turned off, but have doc pages. */
export const BUILTIN_IDS = ['file', 'holiday-calendar', 'ics-syntax', 'schema', 'suppression', 'yaml-syntax', 'helpdesk-lossy', 'helpdesk-unsupported', 'helpdesk-guessed', 'live-json'] as const;
