/**
 * Zammad's REST API as supportops uses it (zammad-documentation api/intro.rst): an access token
 * as "Authorization: Token token=…"; pages by ?page=N&per_page=100 with no total, so reading goes
 * on until a page comes back short; errors as { error, error_human }.
 */
import { bareError, defineResources, isObject, text, type FieldError, type ProductApi, type ResourceApi } from '../api.js';
import type { JsonValue } from '../target.js';

export const ZAMMAD_RESOURCES: readonly ResourceApi[] = defineResources({ keyField: 'note' }, [
  { type: 'calendar', label: 'calendar', collection: '/api/v1/calendars', schema: 'calendar', builtIn: (b) => b.default === true },
  { type: 'sla', label: 'SLA', collection: '/api/v1/slas', schema: 'sla', keyField: 'name' },
  // Zammad seeds its "Users" group with id 1 (db/seeds/groups.rb); every ticket falls back to it.
  { type: 'group', label: 'group', collection: '/api/v1/groups', schema: 'group', builtIn: (b) => b.id === 1 },
  { type: 'trigger', label: 'trigger', collection: '/api/v1/triggers', schema: 'trigger' },
  { type: 'text_module', label: 'text module', collection: '/api/v1/text_modules', schema: 'text-module' },
]);

function parseError(body: JsonValue): FieldError {
  if (!isObject(body)) return bareError(body);
  return { field: null, message: text(body.error_human) ?? text(body.error) ?? 'no details given' };
}

export const ZAMMAD_API: ProductApi = {
  target: 'zammad',
  label: 'Zammad',
  resources: ZAMMAD_RESOURCES,
  pagination: 'page-number',
  pageSize: 100,
  authorization: (token) => `Token token=${token}`,
  parseError,
};
