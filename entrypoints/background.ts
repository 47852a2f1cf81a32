import { defineBackground } from 'wxt/utils/define-background';
import { setupIngest } from '@/utils/background/setupIngest';
import { setupRetention } from '@/utils/background/setupRetention';
import { setupSidePanel } from '@/utils/background/setupSidePanel';
import { setupReminders } from '@/utils/background/setupReminders';
import { setupToast } from '@/utils/background/setupToast';
import { setupTitleAdvice } from '@/utils/background/setupTitleAdvice';
import { setupMarketWatch } from '@/utils/background/setupMarketWatch';

// Thin service worker: each feature sets itself up.
export default defineBackground(() => {
  setupIngest();
  setupSidePanel();
  setupRetention();
  setupReminders();
  setupToast();
  setupTitleAdvice();
  setupMarketWatch();
});
