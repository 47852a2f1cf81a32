import { defineContentScript } from 'wxt/utils/define-content-script';
import '@/utils/sites/buyer';
import { startMarketBar } from '@/utils/overlay/marketBar';

// Buyer-side pages (market watch). Not in the manifest: the service worker
// registers it per marketplace only while the seller grants those pages
// (entrypoints/background/setupMarketWatch.ts). No React, no database, no zod.
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  main(ctx) {
    startMarketBar(ctx);
  },
});
