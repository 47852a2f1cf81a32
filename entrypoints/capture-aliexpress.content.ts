import { defineContentScript } from 'wxt/utils/define-content-script';
import { hostPatterns } from '@/utils/sites/hosts';
import { installCapture, mtopHook } from '@/utils/capture/capture';
import { ALIEXPRESS_APIS, matchesAny } from '@/utils/sites/apis';

// MAIN-world capture of the aliexpress consoles' allowlisted API responses
// (utils/capture): fetch, XHR and the mtop SDK (and the store id in its page config). Kept tiny: it
// ships into every aliexpress console page at document_start.
export default defineContentScript({
  matches: hostPatterns('aliexpress'),
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    installCapture(window, document.documentElement, matchesAny(ALIEXPRESS_APIS), [mtopHook]);
  },
});
