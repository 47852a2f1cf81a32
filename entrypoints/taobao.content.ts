import { defineContentScript } from 'wxt/utils/define-content-script';
import '@/utils/sites/taobao';
import { hostPatterns } from '@/utils/sites/hosts';
import { startPageReader } from '@/utils/capture/pageReader';
import { startTitleOverlay } from '@/utils/overlay/startTitleOverlay';
import { TAOBAO_OVERLAY_PAGES } from '@/utils/overlay/pages/taobao';
import { startSaleToast } from '@/utils/overlay/toast';

// Isolated-world reader for the taobao consoles: no React, only this site's readers.
export default defineContentScript({
  matches: hostPatterns('taobao'),
  runAt: 'document_idle',
  main(ctx) {
    startPageReader(ctx);
    startTitleOverlay(ctx, TAOBAO_OVERLAY_PAGES);
    void startSaleToast(ctx, 'taobao');
  },
});
