// Every Alibaba.com reader registers itself on import.
import './productList';
import './productRank';
import './productKeywords';
