// Buyer-side readers (market watch): the pages any shopper sees. Registered
// apart from the console readers so the buyer-page content script carries
// only these (entrypoints/market.content.ts).
import { registerReader } from './registry';
import { aliexpressItemReader, aliexpressSearchReader } from './aliexpress/buyer';
import { taobaoItemReader, taobaoSearchReader } from './taobao/buyer';
import { alibabaItemReader, alibabaSearchReader } from './alibaba/buyer';

for (const reader of [
  aliexpressSearchReader,
  aliexpressItemReader,
  taobaoSearchReader,
  taobaoItemReader,
  alibabaSearchReader,
  alibabaItemReader,
]) {
  registerReader(reader);
}
