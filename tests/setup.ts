import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resetAppStore } from '@/utils/state/store';

beforeEach(() => {
  fakeBrowser.reset();
  resetAppStore();
});
