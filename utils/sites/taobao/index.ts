// Every Taobao/Tmall reader registers itself on import.
import './productList';
import './productRank';
import './productKeywords';
import './storeKeywords';
import './customerSegments';
import './campaigns';
