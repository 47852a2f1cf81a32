// Alibaba.com sellers count inquiries (询盘), not orders: a B2B buyer asks
// before buying, and the console reports inquiries where the other consoles
// report orders (docs/CONSOLES.md "Alibaba.com"). The product-role and title
// engines weigh orders; a row that carries inquiries and no orders gives them
// its inquiries instead, so on Alibaba.com a listing's "conversion" is its
// inquiry rate (inquiries per visitor) and a converting search term is one
// that brought inquiries.

interface Outcome {
  orders?: number;
  inquiries?: number;
}

/** `row` with its inquiries as its orders when it has inquiries and no orders; else `row` itself. */
export function inquiriesAsOrders<T extends Outcome>(row: T): T {
  if (row.orders !== undefined || row.inquiries === undefined) return row;
  return { ...row, orders: row.inquiries };
}
