export interface Variant {
  id: number;
  title: string;
  price: string;
}

export interface Product {
  id: number;
  title: string;
  variants: Variant[];
}

export interface Order {
  id: number;
  name: string;
  total_price: string;
  financial_status: string;
  line_items: { title: string; quantity: number }[];
}

export function formatMoney(amount: string, currency = ""): string {
  const n = Number.parseFloat(amount);
  return `${n.toFixed(2)}${currency ? ` ${currency}` : ""}`;
}

export function formatOrder(order: Order): string {
  const items = order.line_items.map((li) => `${li.quantity}× ${li.title}`).join(", ");
  return `${order.name} ${formatMoney(order.total_price)} [${order.financial_status}] ${items}`;
}
