// Every AliExpress reader registers itself on import. Order matters only for
// URL detection: campaigns (any page naming an activity) comes last.
import './productList';
import './productRank';
import './productKeywords';
import './abilityModel';
import './customers';
import './tradeOverview';
import './penalties';
import './campaigns';
