// Every AliExpress reader registers itself on import.
import './productList';
