import { setupIngest } from '@/utils/background/setupIngest';
import { setupRetention } from '@/utils/background/setupRetention';
import { setupSidePanel } from '@/utils/background/setupSidePanel';

// Thin service worker: each feature sets itself up.
export default defineBackground(() => {
  setupIngest();
  setupSidePanel();
  setupRetention();
});
