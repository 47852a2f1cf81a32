import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../../wxt.config';

// Store rules for the two manifests (Chrome Web Store / Edge Add-ons and
// Firefox Add-ons), with the numbers written out: the minimum browser versions
// the APIs in use need, Firefox's id and data-collection declaration, the
// localised name and a description within the Chrome Web Store's 132
// characters, and the icon sizes. docs/STORE.md explains each number.

const ROOT = resolve(import.meta.dirname, '../../..');

interface Manifest {
  name?: string;
  description?: string;
  default_locale?: string;
  minimum_chrome_version?: string;
  action?: { default_title?: string };
  browser_specific_settings?: {
    gecko?: {
      id?: string;
      strict_min_version?: string;
      data_collection_permissions?: { required?: string[]; optional?: string[] };
    };
    gecko_android?: { strict_min_version?: string };
  };
}

function manifestFor(browser: 'chrome' | 'firefox'): Manifest {
  const m = config.manifest;
  if (typeof m !== 'function')
    throw new Error('wxt.config.ts manifest is expected to be a function');
  return m({ browser, manifestVersion: 3, mode: 'production', command: 'build' }) as Manifest;
}

function messages(locale: string): Record<string, { message: string }> {
  const file = join(ROOT, 'public/_locales', locale, 'messages.json');
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('store manifest rules', () => {
  it('Chrome/Edge: needs Chrome 116, where chrome.sidePanel.open() arrived', () => {
    expect(manifestFor('chrome').minimum_chrome_version).toBe('116');
    expect(manifestFor('chrome').browser_specific_settings).toBeUndefined();
  });

  it('Firefox: a stable id, no data collected, Firefox 140 (Android 142)', () => {
    const m = manifestFor('firefox');
    expect(m.browser_specific_settings).toEqual({
      gecko: {
        id: 'storewise@storewise.local',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    });
    expect(m.minimum_chrome_version).toBeUndefined();
  });

  it.each(['chrome', 'firefox'] as const)('%s: name and description come from _locales', (b) => {
    const m = manifestFor(b);
    expect(m.default_locale).toBe('en');
    expect(m.name).toBe('__MSG_extName__');
    expect(m.description).toBe('__MSG_extDescription__');
    expect(m.action?.default_title).toBe('__MSG_extName__');
  });

  it('names the extension in English and Chinese', () => {
    expect(messages('en').extName?.message).toBe('Storewise');
    expect(messages('zh_CN').extName?.message).toBe('Storewise 店铺参谋');
  });

  it.each(['en', 'zh_CN'])('%s: description within 132 characters, name within 45', (locale) => {
    const m = messages(locale);
    expect(Object.keys(m).sort()).toEqual(['extDescription', 'extName']);
    expect([...(m.extDescription?.message ?? '')].length).toBeGreaterThan(40);
    expect([...(m.extDescription?.message ?? '')].length).toBeLessThanOrEqual(132);
    expect([...(m.extName?.message ?? '')].length).toBeLessThanOrEqual(45);
  });

  it.each([16, 32, 48, 96, 128])('ships a %i px icon', (size) => {
    expect(pngSize(join(ROOT, 'public/icon', `${size}.png`))).toEqual([size, size]);
  });
});
