/**
 * Zendesk's Support API as supportops uses it: paths and envelopes from the OpenAPI description
 * (api-evangelist/zendesk openapi/) and the reference pages; offset pagination by `next_page`;
 * errors as { error, description, details: { field: [{ description }] } }.
 * A token holding "email/token:api_token" is sent as Basic credentials, anything else as an
 * OAuth bearer token.
 */
import { bareError, basic, defineResources, isObject, text, type FieldError, type ProductApi, type ResourceApi } from '../api.js';
import type { JsonValue } from '../target.js';

export const ZENDESK_RESOURCES: readonly ResourceApi[] = defineResources({ nameField: 'title' }, [
  { type: 'schedule', label: 'schedule', collection: '/api/v2/business_hours/schedules', listKey: 'schedules', envelope: 'schedule', schema: 'schedule-export', keyField: 'name', nameField: 'name' },
  { type: 'group', label: 'group', collection: '/api/v2/groups', listKey: 'groups', envelope: 'group', schema: 'group', nameField: 'name', builtIn: (b) => b.default === true },
  { type: 'sla_policy', label: 'SLA policy', collection: '/api/v2/slas/policies', listKey: 'sla_policies', envelope: 'sla_policy', schema: 'sla-policy' },
  { type: 'trigger', label: 'trigger', collection: '/api/v2/triggers', listKey: 'triggers', envelope: 'trigger', schema: 'trigger' },
  { type: 'macro', label: 'macro', collection: '/api/v2/macros', listKey: 'macros', envelope: 'macro', schema: 'macro' },
]);

function parseError(body: JsonValue): FieldError {
  if (!isObject(body)) return bareError(body);
  const details = body.details;
  if (isObject(details)) {
    for (const [field, problems] of Object.entries(details)) {
      const first = Array.isArray(problems) ? problems[0] : undefined;
      const message = isObject(first) ? (text(first.description) ?? text(first.error)) : null;
      if (message) return { field, message };
    }
  }
  const error = isObject(body.error) ? text(body.error.title) : text(body.error);
  return { field: null, message: text(body.description) ?? error ?? 'no details given' };
}

export const ZENDESK_API: ProductApi = {
  target: 'zendesk',
  label: 'Zendesk',
  resources: ZENDESK_RESOURCES,
  pagination: 'next-page',
  pageSize: 100,
  authorization: (token) => (token.includes('/token:') ? basic(token) : `Bearer ${token}`),
  parseError,
};

/** Holidays are read per schedule and written one by one. */
export const ZENDESK_HOLIDAYS = {
  path: (scheduleId: number | string) => `/api/v2/business_hours/schedules/${scheduleId}/holidays`,
  workweek: (scheduleId: number | string) => `/api/v2/business_hours/schedules/${scheduleId}/workweek`,
};
