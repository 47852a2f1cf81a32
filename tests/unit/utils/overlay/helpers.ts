import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import '@/utils/sites/index';
import { readDocument } from '@/utils/sites/registry';
import type { OkResult, ReadResult } from '@/utils/types';

export const FIXTURES = resolve(import.meta.dirname, '../../../fixtures');
export const CHANNEL = '2001234';
export const DRESS_ID = '1005006123456789';
export const SHIRT_ID = '1005006987654321';
export const SHIRT_TITLE = 'Men Casual Linen Shirt Long Sleeve Button Down Shirt';
export const LIST_URL = `https://csp.aliexpress.com/m_apps/productManage/list-manage?channelId=${CHANNEL}`;
export const keywordsUrl = (id: string) =>
  `https://csp.aliexpress.com/m_apps/sycm/product-analyse?productId=${id}&channelId=${CHANNEL}`;
export const EDIT_URL = `https://csp.aliexpress.com/m_apps/product-publish/edit?productId=${SHIRT_ID}&channelId=${CHANNEL}`;

export const fixtureHtml = (file: string) => readFileSync(join(FIXTURES, file), 'utf8');

export function parse(file: string): Document {
  return new DOMParser().parseFromString(fixtureHtml(file), 'text/html');
}

/** A saved page through the readers, as the content script reads it. */
export function readFixture(file: string, url: string, now: Date): OkResult {
  const result: ReadResult = readDocument(parse(file), new URL(url), now);
  if (result.status !== 'ok') throw new Error(`${file}: ${JSON.stringify(result)}`);
  return result;
}
