// The one entry that loads every site's readers into the registry.
import './aliexpress';
import './taobao';
import './alibaba';
import './buyer';

export {
  readDocument,
  readDocumentSteps,
  readCapture,
  registeredReaders,
  readerForUrl,
  routeCapture,
  requestParam,
} from './registry';
export type { Capture, PageReader, ReadContext, RequestRoute } from './registry';
