import { defineContentScript } from 'wxt/utils/define-content-script';
import { installCapture, jsonpHook, mtopHook } from '@/utils/capture/capture';
import { isAllowlisted } from '@/utils/sites/apis';

// MAIN-world capture on the buyer-side pages (market watch): registered at
// runtime with the market reader, only while the seller grants those pages
// (entrypoints/background/setupMarketWatch.ts). Every marketplace, every hook.
// The console pages have one script per marketplace (capture-*.content.ts).
export default defineContentScript({
  registration: 'runtime',
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    installCapture(window, document.documentElement, isAllowlisted, [mtopHook, jsonpHook]);
  },
});
