import '@/utils/sites/alibaba';
import { hostPatterns } from '@/utils/sites/hosts';
import { startPageReader } from '@/utils/content/pageReader';

// Isolated-world reader for the alibaba consoles: no React, only this site's readers.
export default defineContentScript({
  matches: hostPatterns('alibaba'),
  runAt: 'document_idle',
  main(ctx) {
    startPageReader(ctx);
  },
});
