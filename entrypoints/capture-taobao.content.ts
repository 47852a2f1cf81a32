import { defineContentScript } from 'wxt/utils/define-content-script';
import { hostPatterns } from '@/utils/sites/hosts';
import { installCapture, mtopHook } from '@/utils/capture/capture';
import { TAOBAO_APIS, matchesAny } from '@/utils/sites/apis';

// MAIN-world capture of the taobao consoles' allowlisted API responses
// (utils/capture): fetch, XHR and the mtop SDK. Kept tiny: it
// ships into every taobao console page at document_start.
export default defineContentScript({
  matches: hostPatterns('taobao'),
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    installCapture(window, document.documentElement, matchesAny(TAOBAO_APIS), [mtopHook]);
  },
});
