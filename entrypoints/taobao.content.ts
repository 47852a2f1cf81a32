import '@/utils/sites/taobao';
import { hostPatterns } from '@/utils/sites/hosts';
import { startPageReader } from '@/utils/content/pageReader';

// Isolated-world reader for the taobao consoles: no React, only this site's readers.
export default defineContentScript({
  matches: hostPatterns('taobao'),
  runAt: 'document_idle',
  main(ctx) {
    startPageReader(ctx);
  },
});
