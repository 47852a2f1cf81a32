import { registerReader, type ReadContext } from '../registry';
import { readTable, type Aliases } from '../dom';
import { compact, parseCount, parseDay, parseMoney } from '../normalise';
import { failed, missingColumns, ok } from './store';
import type { CustomerRow, ReadResult } from '../../types';

// AliExpress customer management (客户管理 / 粉丝与客户): the buyer list with
// order count, spend and last order. Unknown: DOM only (docs/CONSOLES.md
// "AliExpress", customers): read by header text.

type Field = 'buyer' | 'orders' | 'totalSpent' | 'firstOrderAt' | 'lastOrderAt' | 'country';

export const CUSTOMER_COLUMNS: Aliases<Field> = {
  buyer: [
    '买家',
    '买家名称',
    '买家ID',
    '客户',
    '客户信息',
    'Buyer',
    'Buyer name',
    'Buyer ID',
    'Customer',
  ],
  orders: ['订单数', '下单次数', '购买次数', '累计订单数', 'Orders', 'Order count', 'Total orders'],
  totalSpent: [
    '累计消费金额',
    '消费金额',
    '累计支付金额',
    '成交金额',
    'Total spent',
    'Total amount',
    'Amount spent',
    'Spend',
  ],
  firstOrderAt: ['首次下单时间', '首单时间', 'First order', 'First order date'],
  lastOrderAt: [
    '最近下单时间',
    '最近购买时间',
    '最后下单时间',
    'Last order',
    'Last order date',
    'Last order time',
  ],
  country: ['国家', '国家/地区', '国家地区', 'Country', 'Country/Region', 'Region'],
};

function readCustomersDom(doc: Document, ctx: ReadContext): ReadResult {
  const table = readTable(doc, CUSTOMER_COLUMNS, ['buyer', 'orders', 'totalSpent', 'lastOrderAt']);
  if (!table.ok) return missingColumns('customers', ctx, 'customer table', table.missing);
  const rows: CustomerRow[] = [];
  for (const cells of table.rows) {
    const buyerId = cells.buyer?.text;
    const orders = parseCount(cells.orders?.text);
    const totalSpent = parseMoney(cells.totalSpent?.text, 'USD');
    const lastOrderAt = parseDay(cells.lastOrderAt?.text);
    // A buyer row without its essentials would feed the tiers wrong numbers: skip it.
    if (!buyerId || orders === undefined || !totalSpent || !lastOrderAt) continue;
    rows.push(
      compact({
        buyerId,
        orders,
        totalSpent,
        firstOrderAt: parseDay(cells.firstOrderAt?.text),
        lastOrderAt,
        country: cells.country?.text || undefined,
      }),
    );
  }
  if (rows.length === 0)
    return failed('customers', ctx, 'empty', 'the customer list shows no buyers');
  return ok('customers', ctx, 'dom', rows, { doc });
}

export const aliexpressCustomers = registerReader({
  site: 'aliexpress',
  pageKind: 'customers',
  matchesUrl: (url) => /\/m_apps\/[\w-]*(customer|crm|fans)[\w-]*\//i.test(url.pathname),
  readDom: readCustomersDom,
});

// Fixtures and test URLs: tests/fixtures/cases.ts.
