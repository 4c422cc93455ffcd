/** The three helpdesk targets: each product's API description, export and import, by name. */
import type { ProductApi } from './api.js';
import type { PolicyView } from './policy-view.js';
import type { ExportResult, LiveObject, TargetName } from './target.js';
import type { ImportedOrg } from './import-model.js';
import { freshdeskImport } from './freshdesk/import.js';
import { zammadImport } from './zammad/import.js';
import { zendeskImport } from './zendesk/import.js';
import { FRESHDESK_API } from './freshdesk/api.js';
import { freshdeskExport } from './freshdesk/export.js';
import { ZAMMAD_API } from './zammad/api.js';
import { zammadExport } from './zammad/export.js';
import { ZENDESK_API } from './zendesk/api.js';
import { zendeskExport } from './zendesk/export.js';

export interface Product {
  api: ProductApi;
  exportPolicies: (view: PolicyView) => ExportResult;
  /** `asOf` (YYYY-MM-DD) places holidays that a product keeps without a year. */
  importLive: (live: readonly LiveObject[], asOf: string) => ImportedOrg;
}

export const PRODUCTS: Readonly<Record<TargetName, Product>> = {
  zendesk: { api: ZENDESK_API, exportPolicies: zendeskExport, importLive: (live) => zendeskImport(live) },
  freshdesk: { api: FRESHDESK_API, exportPolicies: freshdeskExport, importLive: freshdeskImport },
  zammad: { api: ZAMMAD_API, exportPolicies: zammadExport, importLive: (live) => zammadImport(live) },
};
