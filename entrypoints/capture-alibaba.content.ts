import { defineContentScript } from 'wxt/utils/define-content-script';
import { hostPatterns } from '@/utils/sites/hosts';
import { installCapture, jsonpHook } from '@/utils/capture/capture';
import { ALIBABA_APIS, matchesAny } from '@/utils/sites/apis';

// MAIN-world capture of the alibaba consoles' allowlisted API responses
// (utils/capture): fetch, XHR and JSONP (the data pages' figures). Kept tiny: it
// ships into every alibaba console page at document_start.
export default defineContentScript({
  matches: hostPatterns('alibaba'),
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    installCapture(window, document.documentElement, matchesAny(ALIBABA_APIS), [jsonpHook]);
  },
});
