import { useState } from 'react';
import type { FormEvent } from 'react';
import { useApiChannels, useCreateApiChannel, useRotateSecret } from '../../api/inbox-admin.ts';
import type { ApiChannel } from '../../api/inbox-admin.ts';
import { CopyField, PageHeader, Time } from '../../components/Bits.tsx';
import { ActionsCell, DataTable } from '../../components/DataTable.tsx';
import { ConfirmMutationDialog } from '../../components/Dialog.tsx';
import { TextField } from '../../components/Field.tsx';
import { fieldError, FormError, Loading, QueryError, useClientChecks } from '../../components/Feedback.tsx';
import { SigningHelp } from './SigningHelp.tsx';

function messagesUrl(channel: Pick<ApiChannel, 'id'>): string {
  return `${window.location.origin}/api/inbox/channels/${channel.id}/messages`;
}

/** Inbox settings › API channels: other systems post messages into the inbox, signed with a secret. */
export function ApiChannelsPage() {
  const channels = useApiChannels();
  const create = useCreateApiChannel();
  const rotate = useRotateSecret();
  const { errors, passes } = useClientChecks(create);
  const [name, setName] = useState('');
  const [shown, setShown] = useState<{ channel: ApiChannel; rotated: boolean } | null>(null);
  const [rotating, setRotating] = useState<ApiChannel | null>(null);
  const items = channels.data ?? [];

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!passes(event, name.trim() === '' ? { name: 'Name the system that will send, like “Shop”.' } : {}))
      return;
    create.mutate(name.trim(), {
      onSuccess: (channel) => {
        setName('');
        setShown({ channel, rotated: false });
      },
    });
  }

  return (
    <section data-testid="inbox-channels-page">
      <PageHeader
        title="API channels"
        documentTitle="API channels · Inbox settings"
        description="A shop, an app or a helpdesk can post messages into the inbox. Each channel has its own address and signing secret."
      />
      <div className="card section">
        <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="new-channel-title">
          <h2 id="new-channel-title">New channel</h2>
          <FormError error={create.error} knownFields={['name']} />
          <TextField
            label="Name"
            name="name"
            maxLength={80}
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={fieldError(create.error, 'name', errors.name)}
          />
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={create.isPending}>
              Create channel
            </button>
          </div>
        </form>
        {shown ? <SecretPanel {...shown} onDone={() => setShown(null)} /> : null}
      </div>

      <h2>Channels</h2>
      {channels.isPending ? <Loading label="Loading channels…" /> : null}
      {channels.isError ? (
        <QueryError error={channels.error} onRetry={() => void channels.refetch()} />
      ) : null}
      {channels.isSuccess && items.length === 0 ? <p className="empty-inline">No API channels yet.</p> : null}
      {items.length > 0 ? (
        <DataTable
          caption="API channels"
          columns={['Name', 'Address', 'Secrets', 'Created']}
          actions
          testId="api-channels-table"
        >
          {items.map((channel) => (
            <tr key={channel.id} data-testid="api-channel-row">
              <td data-label="Name">{channel.name}</td>
              <td data-label="Address" className="cell-break">
                <code>{messagesUrl(channel)}</code>
              </td>
              <td data-label="Secrets">
                {channel.secretCount > 1 ? 'New and previous both accepted' : 'One'}
              </td>
              <td data-label="Created">
                <Time iso={channel.createdAt} />
              </td>
              <ActionsCell>
                <button
                  type="button"
                  className="button button-small"
                  aria-label={`Rotate the secret of ${channel.name}`}
                  onClick={() => setRotating(channel)}
                >
                  Rotate secret
                </button>
              </ActionsCell>
            </tr>
          ))}
        </DataTable>
      ) : null}
      <SigningHelp />
      {rotating ? (
        <ConfirmMutationDialog
          target={rotating}
          mutation={{
            ...rotate,
            mutate: (channel, options) =>
              rotate.mutate(channel, {
                onSuccess: (rotated) => {
                  options.onSuccess();
                  setShown({ channel: rotated, rotated: true });
                },
              }),
          }}
          onClose={() => setRotating(null)}
          title={`Rotate the secret of ${rotating.name}?`}
          testId="rotate-secret-dialog"
          description={
            <p>
              A new secret is made and shown once. The current one keeps working until the next rotation, so
              the sender can switch without losing messages; the one before it stops working now.
            </p>
          }
          confirmLabel="Yes, rotate secret"
          fallbackFocus={() => document.querySelector<HTMLElement>('#main h1')}
        />
      ) : null}
    </section>
  );
}

function SecretPanel({
  channel,
  rotated,
  onDone,
}: {
  channel: ApiChannel;
  rotated: boolean;
  onDone: () => void;
}) {
  return (
    <section
      className="secret-panel"
      aria-labelledby="channel-secret-title"
      data-testid="channel-secret-panel"
    >
      <h3 id="channel-secret-title">
        {rotated ? `New secret for ${channel.name}` : `${channel.name} is ready`}
      </h3>
      <p className="secret-warning">
        <strong>Copy the signing secret now</strong> and store it in the sending system. It will not be shown
        again.
      </p>
      <CopyField label="Signing secret" value={channel.secret ?? ''} testId="channel-secret" autoSelect />
      <CopyField label="Address to post to" value={messagesUrl(channel)} testId="channel-url" />
      <button type="button" className="button" onClick={onDone}>
        Done
      </button>
    </section>
  );
}
