import '@/utils/sites/aliexpress';
import { hostPatterns } from '@/utils/sites/hosts';
import { startPageReader } from '@/utils/content/pageReader';

// Isolated-world reader for the aliexpress consoles: no React, only this site's readers.
export default defineContentScript({
  matches: hostPatterns('aliexpress'),
  runAt: 'document_idle',
  main(ctx) {
    startPageReader(ctx);
  },
});
