/** The three helpdesk targets: each product's API description, export and import, by name. */
import type { ProductApi } from './api.js';
import type { PolicyView } from './policy-view.js';
import type { ExportResult, TargetName } from './target.js';
import { FRESHDESK_API } from './freshdesk/api.js';
import { freshdeskExport } from './freshdesk/export.js';
import { ZAMMAD_API } from './zammad/api.js';
import { zammadExport } from './zammad/export.js';
import { ZENDESK_API } from './zendesk/api.js';
import { zendeskExport } from './zendesk/export.js';

export interface Product {
  api: ProductApi;
  exportPolicies: (view: PolicyView) => ExportResult;
}

export const PRODUCTS: Readonly<Record<TargetName, Product>> = {
  zendesk: { api: ZENDESK_API, exportPolicies: zendeskExport },
  freshdesk: { api: FRESHDESK_API, exportPolicies: freshdeskExport },
  zammad: { api: ZAMMAD_API, exportPolicies: zammadExport },
};
