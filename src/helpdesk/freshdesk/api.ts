/**
 * Freshdesk's API v2 as supportops uses it (developers.freshdesk.com/api/): the API key as Basic
 * credentials with "X" as the password; pages by ?page=N&per_page=100 with a `Link: <…>;
 * rel="next"` header while more remain; errors as { description, errors: [{ field, message, code }] }.
 * Business hours can only be read.
 */
import { bareError, basic, defineResources, isObject, text, type FieldError, type ProductApi, type ResourceApi } from '../api.js';
import type { JsonValue } from '../target.js';

export const FRESHDESK_RESOURCES: readonly ResourceApi[] = defineResources({}, [
  {
    type: 'business_hours', label: 'business hours', collection: '/api/v2/business_hours', schema: 'business-hours', keyField: 'name',
    readOnly: "Freshdesk's API can read business hours but not create, change or delete them: set them by hand in Admin › Business Hours to match the export.",
    builtIn: (b) => b.is_default === true,
  },
  { type: 'group', label: 'group', collection: '/api/v2/groups', schema: 'group' },
  { type: 'sla_policy', label: 'SLA policy', collection: '/api/v2/sla_policies', schema: 'sla-policy', builtIn: (b) => b.is_default === true },
  { type: 'canned_response_folder', label: 'canned response folder', collection: '/api/v2/canned_response_folders', schema: 'canned-response-folder', keyField: 'name' },
  {
    type: 'canned_response', label: 'canned response', collection: '/api/v2/canned_responses', schema: 'canned-response', keyField: 'title', nameField: 'title',
    listedPer: { type: 'canned_response_folder', path: (folderId) => `/api/v2/canned_response_folders/${folderId}/responses` },
    noDelete: "Freshdesk's API reference documents no way to delete a canned response: delete it by hand in Admin › Canned Responses.",
  },
]);

function parseError(body: JsonValue): FieldError {
  if (!isObject(body)) return bareError(body);
  const first = Array.isArray(body.errors) ? body.errors.find(isObject) : undefined;
  if (first) return { field: text(first.field), message: text(first.message) ?? text(first.code) ?? 'invalid value' };
  return { field: null, message: text(body.description) ?? text(body.message) ?? 'no details given' };
}

export const FRESHDESK_API: ProductApi = {
  target: 'freshdesk',
  label: 'Freshdesk',
  resources: FRESHDESK_RESOURCES,
  pagination: 'link-header',
  pageSize: 100,
  authorization: (token) => basic(`${token}:X`),
  parseError,
};
