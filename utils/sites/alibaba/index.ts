// Every Alibaba.com reader registers itself on import.
import './productList';
import './productRank';
import './productKeywords';
import './storeKeywords';
import './overview';
import './visitors';
import './customers';
