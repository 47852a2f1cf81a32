import { defineContentScript } from 'wxt/utils/define-content-script';
import { CONSOLE_HOST_PATTERNS } from '@/utils/sites/hosts';
import { installCapture } from '@/utils/capture/capture';

// MAIN-world capture of allowlisted console API responses (utils/capture).
// Kept tiny: it ships into every console page at document_start.
export default defineContentScript({
  matches: [...CONSOLE_HOST_PATTERNS],
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    installCapture(window, document.documentElement);
  },
});
