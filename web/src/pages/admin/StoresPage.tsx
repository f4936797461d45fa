import { useState } from 'react';
import { useGroups } from '../../api/groups.ts';
import { useRotateStoreSecret, useStores } from '../../api/stores.ts';
import type { Store } from '../../api/stores.ts';
import { Badge, CopyField, PageHeader, Time } from '../../components/Bits.tsx';
import { ConfirmMutationDialog } from '../../components/Dialog.tsx';
import { Loading, QueryError } from '../../components/Feedback.tsx';
import { SettingsCard } from '../../components/SettingsCard.tsx';
import '../../styles/inbox-admin.css';
import '../../styles/onboarding.css';
import { CreateStoreForm } from './stores/CreateStoreForm.tsx';
import { SigningHelp } from './stores/SigningHelp.tsx';
import { StoreOrders } from './stores/StoreOrders.tsx';

/** Stores report purchases; each purchaser becomes a verified member and is welcomed once. */
export function StoresPage() {
  const stores = useStores();
  const groups = useGroups();
  const rotate = useRotateStoreSecret();
  const [shown, setShown] = useState<Store | null>(null);
  const [toRotate, setToRotate] = useState<Store | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const groupName = (id: string | null) => groups.data?.find((group) => group.id === id)?.name;
  const items = stores.data ?? [];

  return (
    <section data-testid="admin-stores-page">
      <PageHeader
        title="Stores"
        documentTitle="Stores · Admin"
        description="A store reports each order with a signed request. The purchaser becomes a purchase-verified member, the purchase goes on their timeline, and their first order sends a welcome email inviting them to join."
      />
      <div className="card section">
        <CreateStoreForm onCreated={setShown} />
        {shown?.secret ? <SecretPanel store={shown} onDone={() => setShown(null)} /> : null}
      </div>

      {stores.isPending ? <Loading label="Loading stores…" /> : null}
      {stores.isError ? <QueryError error={stores.error} onRetry={() => void stores.refetch()} /> : null}
      {stores.isSuccess && items.length === 0 ? <p className="empty-inline">No stores yet.</p> : null}
      <ul className="settings-list" aria-label="Stores">
        {items.map((store) => (
          <SettingsCard
            key={store.id}
            name={store.name}
            data-testid="store-item"
            badges={
              <>
                <Badge tone="accent">{store.purchases.toLocaleString()} orders</Badge>
                {store.groupId ? <Badge>Joins {groupName(store.groupId) ?? 'a group'}</Badge> : null}
              </>
            }
          >
            <CopyField label="Webhook address" value={store.webhookUrl} />
            <p className="muted">
              {store.lastPurchaseAt ? (
                <>
                  Last purchase <Time iso={store.lastPurchaseAt} relative />.
                </>
              ) : (
                'No orders yet.'
              )}{' '}
              Added <Time iso={store.createdAt} />.
            </p>
            <div className="settings-item-actions">
              <button
                type="button"
                className="button button-small"
                aria-expanded={open === store.id}
                onClick={() => setOpen(open === store.id ? null : store.id)}
              >
                {open === store.id ? 'Hide orders' : 'Recent orders'}
              </button>
              <button type="button" className="button button-small" onClick={() => setToRotate(store)}>
                Rotate secret
              </button>
            </div>
            {open === store.id ? <StoreOrders storeId={store.id} storeName={store.name} /> : null}
          </SettingsCard>
        ))}
      </ul>

      <SigningHelp url={items[0]?.webhookUrl} />

      {toRotate ? (
        <ConfirmMutationDialog
          target={toRotate}
          mutation={{
            isPending: rotate.isPending,
            error: rotate.error,
            reset: rotate.reset,
            // The new secret is shown once, in the panel at the top of the page.
            mutate: (store, options) =>
              rotate.mutate(store, {
                onSuccess: (result) => {
                  setShown(result.store);
                  options.onSuccess();
                },
              }),
          }}
          onClose={() => setToRotate(null)}
          title={`Rotate the secret of ${toRotate.name}?`}
          description={
            <p>
              A new secret is made and shown once. The current one keeps working until the next rotation, so
              the store can switch over without losing orders; the one before it stops now.
            </p>
          }
          confirmLabel="Rotate secret"
          fallbackFocus={() => document.querySelector<HTMLElement>('#main h1')}
        />
      ) : null}
    </section>
  );
}

function SecretPanel({ store, onDone }: { store: Store; onDone: () => void }) {
  return (
    <section className="secret-panel" aria-labelledby="store-secret-title" data-testid="store-secret-panel">
      <h3 id="store-secret-title">Signing secret for {store.name}</h3>
      <p className="secret-warning">
        <strong>Copy the secret now and put it in the store’s settings.</strong> It will not be shown again.
      </p>
      <CopyField label="Signing secret" value={store.secret ?? ''} testId="store-secret" autoSelect />
      <CopyField label="Webhook address" value={store.webhookUrl} testId="store-webhook-url" />
      <button type="button" className="button" onClick={onDone}>
        Done
      </button>
    </section>
  );
}
