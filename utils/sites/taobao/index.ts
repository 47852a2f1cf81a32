// Every Taobao/Tmall reader registers itself on import.
import './productList';
// The title-word reader first: it claims only the item archive's title tab,
// which the ranking reader would otherwise take with the rest of the archive.
import './titleWords';
import './productRank';
import './productKeywords';
import './storeKeywords';
import './customerSegments';
import './campaigns';
