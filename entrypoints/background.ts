import { setupIngest } from '@/utils/background/setupIngest';
import { setupSidePanel } from '@/utils/background/setupSidePanel';

// Thin service worker: each feature sets itself up.
export default defineBackground(() => {
  setupIngest();
  setupSidePanel();
});
