import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { listeningKeys, useRotateSourceSecret, useSources, useUpdateSource } from '../../api/listening.ts';
import type { ListeningSource } from '../../api/listening.ts';
import { useLiveEvent } from '../../app/live.tsx';
import { Badge, PageHeader, Time } from '../../components/Bits.tsx';
import { ConfirmMutationDialog } from '../../components/Dialog.tsx';
import { errorMessage } from '../../components/Feedback.tsx';
import { ListFeedback, ListStates, useListReport } from '../inbox-admin/ListPage.tsx';
import { HEALTH, SOURCE_KIND_LABELS } from './labels.ts';
import { AddSourceDialog, EditSourceDialog, ImportDialog, SecretNotice } from './SourceDialogs.tsx';
import { WebhookHelp } from './SourceHelp.tsx';

type Opened =
  | { dialog: 'add' }
  | { dialog: 'edit'; source: ListeningSource }
  | { dialog: 'archive'; source: ListeningSource }
  | { dialog: 'rotate'; source: ListeningSource }
  | { dialog: 'import'; source?: ListeningSource };

const mainHeading = () => document.querySelector<HTMLElement>('#main h1');

/** Listening › Sources: where mentions come from, how each one is doing, and adding more. */
export function SourcesPage() {
  const sources = useSources();
  const update = useUpdateSource();
  const rotate = useRotateSourceSecret();
  const client = useQueryClient();
  const { message, error, report, setError } = useListReport();
  const [opened, setOpened] = useState<Opened | null>(null);
  const [rotated, setRotated] = useState<ListeningSource | null>(null);
  const all = sources.data ?? [];
  const active = all.filter((source) => !source.archived);
  const archived = all.filter((source) => source.archived);
  const close = () => setOpened(null);

  // Counts and last-mention times move as mentions are stored.
  useLiveEvent('listening.items', () => {
    void client.invalidateQueries({ queryKey: listeningKeys.sources });
  });

  function restore(source: ListeningSource) {
    update.mutate(
      { id: source.id, archived: false },
      {
        onSuccess: () => report(`${source.name} is restored.`),
        onError: (failure) => setError(`Could not restore ${source.name}: ${errorMessage(failure)}`),
      },
    );
  }

  return (
    <section data-testid="listening-sources-page">
      <PageHeader
        title="Sources"
        documentTitle="Sources · Listening"
        description="Where mentions come from: feeds Hearth reads, webhooks other systems post to, an email address to forward to, and imported files."
        actions={
          <>
            <button type="button" className="button" onClick={() => setOpened({ dialog: 'import' })}>
              Import a file
            </button>
            <button
              type="button"
              className="button button-primary"
              onClick={() => setOpened({ dialog: 'add' })}
            >
              Add source
            </button>
          </>
        }
      />
      <ListFeedback message={message} error={error} />
      {rotated?.secret ? (
        <section className="secret-panel-wrap" aria-labelledby="rotated-title" data-testid="rotated-secret">
          <h2 id="rotated-title">New secret for {rotated.name}</h2>
          <SecretNotice secret={rotated.secret} />
          <button type="button" className="button" onClick={() => setRotated(null)}>
            Done
          </button>
        </section>
      ) : null}
      <ListStates
        query={sources}
        loading="Loading sources…"
        empty="No sources yet. Add one with “Add source”, or import a file."
      />
      {active.length > 0 ? (
        <ul className="settings-list" aria-label="Sources" data-testid="sources-list">
          {active.map((source) => (
            <SourceCard
              key={source.id}
              source={source}
              onEdit={() => setOpened({ dialog: 'edit', source })}
              onArchive={() => setOpened({ dialog: 'archive', source })}
              onRotate={() => setOpened({ dialog: 'rotate', source })}
              onImport={() => setOpened({ dialog: 'import', source })}
            />
          ))}
        </ul>
      ) : null}
      {archived.length > 0 ? (
        <section className="section archived-sources" aria-labelledby="archived-sources-title">
          <h2 id="archived-sources-title">Archived</h2>
          <ul className="settings-list" aria-label="Archived sources" data-testid="archived-sources-list">
            {archived.map((source) => (
              <SourceCard key={source.id} source={source} onRestore={() => restore(source)} />
            ))}
          </ul>
        </section>
      ) : null}
      {active.some((source) => source.kind === 'webhook') ? (
        <div className="card section">
          <WebhookHelp endpoint={null} headingLevel={2} />
        </div>
      ) : null}

      {opened?.dialog === 'add' ? (
        <AddSourceDialog onClose={close} onImport={(source) => setOpened({ dialog: 'import', source })} />
      ) : null}
      {opened?.dialog === 'edit' ? (
        <EditSourceDialog source={opened.source} onClose={close} onSaved={report} />
      ) : null}
      {opened?.dialog === 'import' ? (
        <ImportDialog
          sources={active.filter((source) => source.kind === 'import')}
          initial={opened.source}
          onClose={close}
        />
      ) : null}
      {opened?.dialog === 'archive' ? (
        <ConfirmMutationDialog
          target={opened.source}
          mutation={{
            ...update,
            mutate: (source, options) =>
              update.mutate(
                { id: source.id, archived: true },
                {
                  onSuccess: () => {
                    options.onSuccess();
                    report(`${source.name} is archived.`);
                  },
                },
              ),
          }}
          onClose={close}
          title={`Archive ${opened.source.name}?`}
          testId="archive-source-dialog"
          description={
            <p>
              It stops taking mentions
              {opened.source.kind === 'rss' ? ' and Hearth stops reading the feed' : ''}. The mentions it
              brought stay in the stream. You can restore it later.
            </p>
          }
          confirmLabel="Yes, archive source"
          danger
          fallbackFocus={mainHeading}
        />
      ) : null}
      {opened?.dialog === 'rotate' ? (
        <ConfirmMutationDialog
          target={opened.source}
          mutation={{
            ...rotate,
            mutate: (source, options) =>
              rotate.mutate(source, {
                onSuccess: (saved) => {
                  options.onSuccess();
                  setRotated(saved);
                },
              }),
          }}
          onClose={close}
          title={`Rotate the secret of ${opened.source.name}?`}
          testId="rotate-source-secret-dialog"
          description={
            <p>
              A new secret is made and shown once. The current one keeps working until the next rotation, so
              the sender can switch without losing mentions.
            </p>
          }
          confirmLabel="Yes, rotate secret"
          fallbackFocus={mainHeading}
        />
      ) : null}
    </section>
  );
}

function SourceCard({
  source,
  onEdit,
  onArchive,
  onRotate,
  onImport,
  onRestore,
}: {
  source: ListeningSource;
  onEdit?: () => void;
  onArchive?: () => void;
  onRotate?: () => void;
  onImport?: () => void;
  onRestore?: () => void;
}) {
  const titleId = `source-${source.id}-title`;
  const health = HEALTH[source.health];
  const troubled = source.health === 'failing' || source.health === 'stale';
  const Title = source.archived ? 'h3' : 'h2';
  return (
    <li
      className={source.archived ? 'card settings-item settings-item-off' : 'card settings-item'}
      aria-labelledby={titleId}
      data-testid="listening-source"
      data-source-id={source.id}
      data-kind={source.kind}
      data-health={source.health}
    >
      <div className="card-head">
        <Title className="card-title" id={titleId}>
          {source.name}
        </Title>
        <Badge>{SOURCE_KIND_LABELS[source.kind]}</Badge>
        {source.archived ? (
          <Badge>Archived</Badge>
        ) : (
          <span title={health.description} data-testid="source-health">
            <Badge tone={health.tone}>{health.label}</Badge>
          </span>
        )}
      </div>
      {troubled && !source.archived ? (
        <div
          className={source.health === 'failing' ? 'alert alert-error' : 'alert alert-warning'}
          data-testid="source-problem"
        >
          <p>
            {source.health === 'failing' ? (
              <strong>
                {source.consecutiveFailures} failed {source.consecutiveFailures === 1 ? 'read' : 'reads'} in a
                row.
              </strong>
            ) : (
              <strong>
                No successful read{' '}
                {source.lastSuccessAt ? (
                  <>
                    since <Time iso={source.lastSuccessAt} relative />
                  </>
                ) : (
                  'yet'
                )}
                .
              </strong>
            )}{' '}
            {source.lastError ? <>Last error: {source.lastError}</> : null}
          </p>
        </div>
      ) : null}
      <dl className="settings-facts">
        <div>
          <dt>Platform</dt>
          <dd>{source.platform}</dd>
        </div>
        <div>
          <dt>Mentions</dt>
          <dd className="numeric" data-testid="source-item-count">
            {source.itemCount.toLocaleString()}
          </dd>
        </div>
        <div>
          <dt>Last mention</dt>
          <dd>
            {source.lastItemAt ? (
              <Time iso={source.lastItemAt} relative />
            ) : (
              <span className="muted">None yet</span>
            )}
          </dd>
        </div>
        {source.kind === 'rss' ? (
          <>
            <div>
              <dt>Feed</dt>
              <dd className="cell-break">{source.url ? <code>{source.url}</code> : '—'}</dd>
            </div>
            <div>
              <dt>Read every</dt>
              <dd>{source.pollIntervalMinutes} min</dd>
            </div>
            <div>
              <dt>Last read</dt>
              <dd>
                {source.lastPolledAt ? (
                  <Time iso={source.lastPolledAt} relative />
                ) : (
                  <span className="muted">Not yet</span>
                )}
              </dd>
            </div>
            {source.archived ? null : (
              <div>
                <dt>Next read</dt>
                <dd>
                  {source.nextPollAt ? (
                    <Time iso={source.nextPollAt} relative />
                  ) : (
                    <span className="muted">Soon</span>
                  )}
                </dd>
              </div>
            )}
          </>
        ) : null}
        {source.kind === 'webhook' && source.endpoint ? (
          <div className="settings-facts-wide">
            <dt>Address to post to</dt>
            <dd className="cell-break">
              <code>{source.endpoint}</code>
            </dd>
          </div>
        ) : null}
        {source.kind === 'email' ? (
          <div className="settings-facts-wide">
            <dt>Forwarding address</dt>
            <dd className="cell-break">
              {source.address ? (
                <code>{source.address}</code>
              ) : (
                <span className="muted">
                  None: set <code>INBOUND_MAIL_ADDRESS</code> so Hearth receives email.
                </span>
              )}
            </dd>
          </div>
        ) : null}
      </dl>
      <div className="settings-item-actions">
        {onEdit ? (
          <button
            type="button"
            className="button button-small"
            aria-label={`Edit ${source.name}`}
            onClick={onEdit}
          >
            Edit
          </button>
        ) : null}
        {onRotate && source.kind === 'webhook' ? (
          <button
            type="button"
            className="button button-small"
            aria-label={`Rotate the secret of ${source.name}`}
            onClick={onRotate}
          >
            Rotate secret
          </button>
        ) : null}
        {onImport && source.kind === 'import' ? (
          <button
            type="button"
            className="button button-small"
            aria-label={`Import a file into ${source.name}`}
            onClick={onImport}
          >
            Import a file
          </button>
        ) : null}
        {onArchive ? (
          <button
            type="button"
            className="button button-small button-danger-outline"
            aria-label={`Archive ${source.name}`}
            onClick={onArchive}
          >
            Archive
          </button>
        ) : null}
        {onRestore ? (
          <button
            type="button"
            className="button button-small"
            aria-label={`Restore ${source.name}`}
            onClick={onRestore}
          >
            Restore
          </button>
        ) : null}
      </div>
    </li>
  );
}
