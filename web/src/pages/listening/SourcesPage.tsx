import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { listeningKeys, useRotateSourceSecret, useSources, useUpdateSource } from '../../api/listening.ts';
import type { ListeningSource } from '../../api/listening.ts';
import { useLiveEvent } from '../../app/live.tsx';
import { Badge, PageHeader, Time } from '../../components/Bits.tsx';
import {
  ArchiveButton,
  ArchiveDialog,
  ArchivedList,
  restoreArchived,
  RestoreButton,
} from '../../components/Archiving.tsx';
import { ConfirmMutationDialog } from '../../components/Dialog.tsx';
import { SettingsCard } from '../../components/SettingsCard.tsx';
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
  const restore = (source: ListeningSource) => restoreArchived(source, update, { report, setError });

  // Counts and last-mention times move as mentions are stored.
  useLiveEvent('listening.items', () => {
    void client.invalidateQueries({ queryKey: listeningKeys.sources });
  });

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
        <ArchivedList label="Archived sources" testId="archived-sources-list">
          {archived.map((source) => (
            <SourceCard key={source.id} source={source} onRestore={() => restore(source)} />
          ))}
        </ArchivedList>
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
        <ArchiveDialog
          target={opened.source}
          update={update}
          what="source"
          testId="archive-source-dialog"
          description={
            <p>
              It stops taking mentions
              {opened.source.kind === 'rss' ? ' and Hearth stops reading the feed' : ''}. The mentions it
              brought stay in the stream. You can restore it later.
            </p>
          }
          onClose={close}
          onArchived={report}
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
  const health = HEALTH[source.health];
  const troubled = source.health === 'failing' || source.health === 'stale';
  return (
    <SettingsCard
      name={source.name}
      archived={source.archived}
      data-testid="listening-source"
      data-source-id={source.id}
      data-kind={source.kind}
      data-health={source.health}
      badges={
        <>
          <Badge>{SOURCE_KIND_LABELS[source.kind]}</Badge>
          {source.archived ? (
            <Badge>Archived</Badge>
          ) : (
            <span title={health.description} data-testid="source-health">
              <Badge tone={health.tone}>{health.label}</Badge>
            </span>
          )}
        </>
      }
    >
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
        <TimeFact label="Last mention" iso={source.lastItemAt} none="None yet" />
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
            <TimeFact label="Last read" iso={source.lastPolledAt} none="Not yet" />
            {source.archived ? null : <TimeFact label="Next read" iso={source.nextPollAt} none="Soon" />}
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
        {onArchive ? <ArchiveButton name={source.name} onClick={onArchive} /> : null}
        {onRestore ? <RestoreButton name={source.name} onClick={onRestore} /> : null}
      </div>
    </SettingsCard>
  );
}

/** A time in a card's facts ("5 min ago"), or what its absence means. */
function TimeFact({ label, iso, none }: { label: string; iso: string | null; none: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{iso ? <Time iso={iso} relative /> : <span className="muted">{none}</span>}</dd>
    </div>
  );
}
