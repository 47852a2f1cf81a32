import { beforeEach, describe, expect, it } from 'vitest';
import { resetAppStore, useAppStore } from '@/utils/state/store';

beforeEach(() => resetAppStore());

describe('side-panel UI store', () => {
  it('starts the long lists again at their first page when the seller switches store', () => {
    const s = () => useAppStore.getState();
    s().selectStore('aliexpress:2001234');
    s().showMore('listings');
    s().showMore('roles');
    s().showMore('alerts');
    expect(s().shown).toEqual({ listings: 40, roles: 40, alerts: 40 });
    s().selectStore('aliexpress:2001234');
    expect(s().shown).toEqual({ listings: 40, roles: 40, alerts: 40 });
    s().selectStore('taobao:88');
    expect(s().selectedStoreKey).toBe('taobao:88');
    expect(s().shown).toEqual({ listings: 20, roles: 20, alerts: 20 });
  });
});
