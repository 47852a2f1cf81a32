import { defineContentScript } from 'wxt/utils/define-content-script';
import '@/utils/sites/aliexpress';
import { hostPatterns } from '@/utils/sites/hosts';
import { startPageReader } from '@/utils/capture/pageReader';
import { startTitleOverlay } from '@/utils/overlay/startTitleOverlay';
import { ALIEXPRESS_OVERLAY_PAGES } from '@/utils/overlay/pages/aliexpress';
import { startSaleToast } from '@/utils/overlay/toast';

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
