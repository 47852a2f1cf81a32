import { defineContentScript } from 'wxt/utils/define-content-script';
import '@/utils/sites/alibaba';
import { hostPatterns } from '@/utils/sites/hosts';
import { startPageReader } from '@/utils/capture/pageReader';
import { startTitleOverlay } from '@/utils/overlay/startTitleOverlay';
import { ALIBABA_OVERLAY_PAGES } from '@/utils/overlay/pages/alibaba';
import { startSaleToast } from '@/utils/overlay/toast';

// Isolated-world reader for the alibaba consoles: no React, only this site's readers.
export default defineContentScript({
  matches: hostPatterns('alibaba'),
  runAt: 'document_idle',
  main(ctx) {
    startPageReader(ctx);
    startTitleOverlay(ctx, ALIBABA_OVERLAY_PAGES);
    void startSaleToast(ctx, 'alibaba');
  },
});
