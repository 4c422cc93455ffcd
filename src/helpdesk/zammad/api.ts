/**
 * Zammad's REST API as supportops uses it (zammad-documentation api/intro.rst): an access token
 * as "Authorization: Token token=…"; pages by ?page=N&per_page=100 with no total, so reading goes
 * on until a page comes back short; errors as { error, error_human }.
 */
import { isObject, notBuiltIn, text, type FieldError, type ProductApi, type ResourceApi } from '../api.js';
import type { JsonValue } from '../target.js';

const resource = (r: Omit<ResourceApi, 'readOnly' | 'builtIn' | 'listedPer' | 'keyField' | 'nameField' | 'listKey' | 'envelope'> & Partial<ResourceApi>): ResourceApi => ({
  keyField: 'note', nameField: 'name', listKey: null, envelope: null, readOnly: null, builtIn: notBuiltIn, listedPer: null, ...r,
});

export const ZAMMAD_RESOURCES: readonly ResourceApi[] = [
  resource({ type: 'calendar', label: 'calendar', collection: '/api/v1/calendars', schema: 'calendar', builtIn: (b) => b.default === true }),
  resource({ type: 'sla', label: 'SLA', collection: '/api/v1/slas', schema: 'sla', keyField: 'name' }),
  resource({ type: 'group', label: 'group', collection: '/api/v1/groups', schema: 'group', builtIn: (b) => b.id === 1 }),
  resource({ type: 'trigger', label: 'trigger', collection: '/api/v1/triggers', schema: 'trigger' }),
  resource({ type: 'text_module', label: 'text module', collection: '/api/v1/text_modules', schema: 'text-module' }),
];

function parseError(body: JsonValue): FieldError {
  if (!isObject(body)) return { field: null, message: typeof body === 'string' ? body : 'no details given' };
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
