import { defineBackground } from 'wxt/utils/define-background';
import { setupIngest } from '@/entrypoints/background/setupIngest';
import { setupRetention } from '@/entrypoints/background/setupRetention';
import { setupSidePanel } from '@/entrypoints/background/setupSidePanel';
import { setupReminders } from '@/entrypoints/background/setupReminders';
import { setupToast } from '@/entrypoints/background/setupToast';
import { setupTitleAdvice } from '@/entrypoints/background/setupTitleAdvice';
import { setupMarketWatch } from '@/entrypoints/background/setupMarketWatch';
import { setupChecklist } from '@/entrypoints/background/setupChecklist';

// Thin service worker: each feature sets itself up.
export default defineBackground(() => {
  setupIngest();
  setupSidePanel();
  setupRetention();
  setupReminders();
  setupToast();
  setupTitleAdvice();
  setupMarketWatch();
  setupChecklist();
});
