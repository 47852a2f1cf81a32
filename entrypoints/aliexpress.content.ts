import { defineContentScript } from 'wxt/utils/define-content-script';
import '@/utils/sites/aliexpress';
import { hostPatterns } from '@/utils/sites/hosts';
import { startPageReader } from '@/utils/content/pageReader';
import { startTitleOverlay } from '@/utils/content/overlay/startTitleOverlay';
import { ALIEXPRESS_OVERLAY_PAGES } from '@/utils/content/overlay/pages/aliexpress';
import { startSaleToast } from '@/utils/content/toast';

// Isolated-world reader for the aliexpress consoles: no React, only this site's readers.
export default defineContentScript({
  matches: hostPatterns('aliexpress'),
  runAt: 'document_idle',
  main(ctx) {
    startPageReader(ctx);
    startTitleOverlay(ctx, ALIEXPRESS_OVERLAY_PAGES);
    void startSaleToast(ctx, 'aliexpress');
  },
});
