import { describe, expect, it } from 'vitest';
import { showToolbarBadge, toolbarBadge } from '../../../../entrypoints/background/toolbarState';
import { translator } from '../../../../utils/i18n/messages';

// The toolbar button's per-tab state after a console page is read.

const en = translator('en');
const zh = translator('zh-CN');

describe('toolbar badge', () => {
  it('shows a green dot once a read is stored or found unchanged', () => {
    const stored = { text: '●', color: '#0E7C66', title: 'Storewise: this page was read' };
    expect(toolbarBadge({ ok: true, status: 'stored', rowCount: 12 }, en)).toEqual(stored);
    expect(toolbarBadge({ ok: true, status: 'duplicate' }, en)).toEqual(stored);
    expect(toolbarBadge({ ok: true, status: 'stored' }, zh)?.title).toBe(
      'Storewise 店铺参谋：已读取此页',
    );
  });

  it('shows an amber "!" when a read could not be stored', () => {
    expect(toolbarBadge({ ok: false, error: 'storage full' }, en)).toEqual({
      text: '!',
      color: '#B45309',
      title: 'Storewise: this page was read but could not be stored',
    });
  });

  it('stays blank for a page that is not a readable report', () => {
    expect(toolbarBadge({ ok: true, status: 'logged' }, en)).toBeNull();
  });

  it('sets badge, colours and title for the one tab, and clears them', async () => {
    const calls: string[] = [];
    const action = {
      setBadgeText: async (d: { tabId: number; text: string }) => {
        calls.push(`text ${d.tabId} "${d.text}"`);
      },
      setBadgeBackgroundColor: async (d: { tabId: number; color: string }) => {
        calls.push(`bg ${d.tabId} ${d.color}`);
      },
      setBadgeTextColor: async (d: { tabId: number; color: string }) => {
        calls.push(`fg ${d.tabId} ${d.color}`);
      },
      setTitle: async (d: { tabId: number; title: string }) => {
        calls.push(`title ${d.tabId} ${d.title}`);
      },
    };
    await showToolbarBadge(action, 7, { text: '!', color: '#B45309', title: 'x' }, 'Storewise');
    await showToolbarBadge(action, 7, null, 'Storewise');
    expect(calls).toEqual([
      'text 7 "!"',
      'title 7 x',
      'bg 7 #B45309',
      'fg 7 #FFFFFF',
      'text 7 ""',
      'title 7 Storewise',
    ]);
  });
});
