import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StorewiseDB } from '@/utils/db/db';
import { openLite, type LiteDb } from '@/utils/db/lite';
import { setItemDone } from '@/utils/db/promo/progress';
import { putSetting } from '@/utils/settings/settings';
import { setClockOffset } from '@/utils/settings/appClock';
import type { ChecklistTickReply, ChecklistTickRequest } from '@/utils/protocol';
import { Popup } from '@/entrypoints/popup/Popup';
import { readPopupView } from '@/entrypoints/popup/popupView';
import { freshDb } from '../../utils/db/testDb';
import { addStore } from '../sidepanel/promo/fixtures';

// The toolbar popup on a database Dexie wrote: the running phase's checklist
// for the right store, ticks sent to the background (which stores them), and
// writes made by any page shown while it is open.

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const sent: ChecklistTickRequest[] = [];
let reply: ChecklistTickReply = { ok: true };
vi.mock('@/utils/protocol', () => ({
  sendMessage: async (_name: string, request: ChecklistTickRequest) => {
    sent.push(request);
    return reply;
  },
}));

/** 5 Nov 2026 12:00Z: AliExpress 11.11 is in its warm-up (12 items). */
const APP_NOW = Date.parse('2026-11-05T12:00:00Z');
const SCOPE = { storeKey: 'aliexpress:2001234', campaignId: 'aliexpress-1111', year: 2026 };
const TICKED = 'ae1111.warmup.visual.event-pages';
const OTHER = 'ae1111.warmup.operations.shift-budget';

let dexie: StorewiseDB;
let lite: LiteDb;
let host: HTMLDivElement;
let root: Root;

beforeEach(async () => {
  sent.length = 0;
  reply = { ok: true };
  dexie = freshDb();
  await addStore(dexie, 'aliexpress', '2001234', '2026-11-02T00:00:00.000Z');
  await addStore(dexie, 'taobao', '88', '2026-11-01T00:00:00.000Z');
  await putSetting(dexie, 'clockOffsetMs', APP_NOW - Date.now());
  await setItemDone(dexie, SCOPE, TICKED, true, new Date(APP_NOW));
  lite = (await openLite(dexie.name))!;
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
  lite.close();
  dexie.close();
  setClockOffset(0);
});

const text = (testId: string) => host.querySelector(`[data-testid="${testId}"]`)?.textContent;
const box = (itemId: string) =>
  host.querySelector<HTMLInputElement>(`[data-testid="promo-item-${itemId}"] input`)!;

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++)
    await act(() => new Promise((ok) => setTimeout(ok, 10)));
  expect(check()).toBe(true);
}

async function show(tab?: { url: string }): Promise<void> {
  const first = await readPopupView(lite, tab);
  await act(async () => {
    root.render(<Popup source={{ db: lite, tab }} first={first} override="en" />);
  });
}

describe('the toolbar popup', () => {
  it('shows the running phase’s checklist of the newest store, with its ticks', async () => {
    await show();
    expect(text('popup-phase')).toBe('AliExpress 11.11 · Warm-up');
    expect(text('promo-progress')).toBe('1 of 12 done');
    expect(box(TICKED).checked).toBe(true);
    expect(host.textContent).toContain('Store: AliExpress · 2001234');
  });

  it('follows the console tab in front: a Taobao page shows the Taobao store', async () => {
    await show({ url: 'https://myseller.taobao.com/home.htm' });
    expect(host.textContent).toContain('Store: Taobao/Tmall · 88');
    expect(text('popup-phase')).toBe('Taobao / Tmall 11.11 · Burst');
  });

  it('sends a tick to the background and shows it at once', async () => {
    await show();
    await act(async () => box(OTHER).click());
    expect(text('promo-progress')).toBe('2 of 12 done');
    await until(() => sent.length === 1);
    expect(sent).toEqual([{ ...SCOPE, itemId: OTHER, done: true }]);
  });

  it('puts the stored state back when the background refuses the tick', async () => {
    reply = { ok: false, error: 'itemId: not a checklist item' };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await show();
    await act(async () => box(OTHER).click());
    await until(() => text('promo-progress') === '1 of 12 done');
    expect(box(OTHER).checked).toBe(false);
    warn.mockRestore();
  });

  it('shows a tick another page stored while it is open', async () => {
    await show();
    await setItemDone(dexie, SCOPE, OTHER, true, new Date(APP_NOW));
    await until(() => text('promo-progress') === '2 of 12 done');
    expect(box(OTHER).checked).toBe(true);
  });

  it('loads the announcement import on its click, which reads the tab in front at once', async () => {
    await show();
    const button = host.querySelector<HTMLButtonElement>('[data-testid="promo-import"] button')!;
    expect(button.textContent).toBe('Import from this page');
    await act(async () => button.click());
    // No tab in front here: the import says it could not read the page.
    await until(() => host.querySelector('[data-testid="promo-import"] [role="alert"]') !== null);
    expect(host.querySelector('[data-testid="promo-import"] [role="alert"]')?.textContent).toBe(
      'Could not read the page: no active tab',
    );
  });

  it('with no database yet says no campaign runs, and still offers the side panel', async () => {
    const first = await readPopupView(undefined, undefined);
    expect(first.hasStores).toBe(false);
    await act(async () => {
      root.render(
        <Popup source={{ db: undefined, tab: undefined }} first={first} override="zh-CN" />,
      );
    });
    expect(host.textContent).toContain('当前没有进行中的大促阶段。');
    expect(host.textContent).toContain('打开侧边栏');
  });
});
