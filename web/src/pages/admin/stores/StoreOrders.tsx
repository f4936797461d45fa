import { Link } from 'react-router';
import { useStorePurchases } from '../../../api/stores.ts';
import type { Purchase } from '../../../api/stores.ts';
import { Badge, Time } from '../../../components/Bits.tsx';
import { DataTable } from '../../../components/DataTable.tsx';
import { Loading, QueryError } from '../../../components/Feedback.tsx';

function money(purchase: Purchase): string {
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency: purchase.currency }).format(
      purchase.amountCents / 100,
    );
  } catch {
    return `${(purchase.amountCents / 100).toFixed(2)} ${purchase.currency}`;
  }
}

/** The latest orders a store reported, each linking to the member it made or found. */
export function StoreOrders({ storeId, storeName }: { storeId: string; storeName: string }) {
  const purchases = useStorePurchases(storeId);
  const items = purchases.data ?? [];
  if (purchases.isPending) return <Loading label="Loading orders…" />;
  if (purchases.isError)
    return <QueryError error={purchases.error} onRetry={() => void purchases.refetch()} />;
  if (items.length === 0) return <p className="empty-inline">No orders yet.</p>;
  return (
    <DataTable
      caption={`Recent orders from ${storeName}`}
      columns={['Purchaser', 'Bought', 'Amount', 'When', 'Welcome']}
      testId="store-orders"
    >
      {items.map((purchase) => (
        <tr key={purchase.id} data-testid="store-order-row">
          <td data-label="Purchaser" className="cell-break">
            <Link to={`/members/${purchase.memberId}`}>{purchase.name}</Link>
            <span className="cell-note"> {purchase.email}</span>
          </td>
          <td data-label="Bought" className="cell-break">
            {purchase.items.map((item) => `${item.name} ×${item.quantity}`).join(', ')}
            <span className="cell-note"> order {purchase.orderId}</span>
          </td>
          <td data-label="Amount" className="uses-count">
            {money(purchase)}
          </td>
          <td data-label="When">
            <Time iso={purchase.purchasedAt} relative />
          </td>
          <td data-label="Welcome">
            {purchase.welcomedAt ? (
              <Badge tone="success">Sent</Badge>
            ) : (
              <span className="muted">Already welcomed</span>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
