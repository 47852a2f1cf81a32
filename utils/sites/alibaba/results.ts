import { resultBuilders } from '../shared/envelope';

/** Result builders of the Alibaba.com readers of store-level pages (no store id is public). */
export const {
  failed: failedAlibaba,
  missingColumns: missingAlibaba,
  ok: okAlibaba,
} = resultBuilders('alibaba');
