import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useCreateSource, useImportMentions, useUpdateSource } from '../../api/listening.ts';
import type { ImportReport, ListeningSource, SourceKind } from '../../api/listening.ts';
import { CopyField } from '../../components/Bits.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { DialogActions } from '../../components/FormActions.tsx';
import { RadioGroup, SelectField, TextField, WholeNumberField } from '../../components/Field.tsx';
import { fieldError, FormError, useClientChecks } from '../../components/Feedback.tsx';
import { SOURCE_KIND_OPTIONS } from './labels.ts';
import { EmailHelp, FeedHelp, ImportHelp, WebhookHelp } from './SourceHelp.tsx';

const PLATFORM = /^[a-z0-9][a-z0-9_.-]{0,39}$/;
const MIN_INTERVAL = 5;
const MAX_INTERVAL = 1440;

interface SourceDraft {
  name: string;
  platform: string;
  url: string;
  interval: string;
}

/** The checks the server makes too, so most mistakes are caught before sending. */
function checkDraft(draft: SourceDraft, kind: SourceKind): Record<string, string> {
  const errors: Record<string, string> = {};
  if (draft.name.trim() === '') errors.name = 'Give it a name, like “Reddit r/lumo” or “Press”.';
  const platform = draft.platform.trim().toLowerCase();
  if (platform !== '' && !PLATFORM.test(platform))
    errors.platform = 'A short lower-case word, like twitter, reddit or news.';
  if (kind === 'rss') {
    if (!/^https?:\/\/\S+$/i.test(draft.url.trim()))
      errors.url = 'The feed’s address, starting with https://.';
    const interval = Number(draft.interval.trim());
    if (!Number.isInteger(interval) || interval < MIN_INTERVAL || interval > MAX_INTERVAL)
      errors.pollIntervalMinutes = `A whole number of minutes from ${MIN_INTERVAL} to ${MAX_INTERVAL}.`;
  }
  return errors;
}

/** What both the new and the edited source send: a feed's address and timing only for a feed. */
function fromDraft(draft: SourceDraft, kind: SourceKind) {
  const platform = draft.platform.trim().toLowerCase();
  return {
    name: draft.name.trim(),
    ...(platform ? { platform } : {}),
    ...(kind === 'rss' ? { url: draft.url.trim(), pollIntervalMinutes: Number(draft.interval.trim()) } : {}),
  };
}

const KNOWN_FIELDS = ['name', 'platform', 'url', 'pollIntervalMinutes'];

function SourceFields({
  kind,
  draft,
  onChange,
  error,
  errors,
}: {
  kind: SourceKind;
  draft: SourceDraft;
  onChange: (changes: Partial<SourceDraft>) => void;
  error: unknown;
  errors: Record<string, string>;
}) {
  return (
    <>
      <TextField
        label="Name"
        name="name"
        maxLength={80}
        autoComplete="off"
        value={draft.name}
        onChange={(event) => onChange({ name: event.target.value })}
        error={fieldError(error, 'name', errors.name)}
      />
      <TextField
        label="Platform (optional)"
        name="platform"
        maxLength={40}
        autoComplete="off"
        hint="Where the mentions come from, like reddit or news; mentions can also name their own."
        value={draft.platform}
        onChange={(event) => onChange({ platform: event.target.value })}
        error={fieldError(error, 'platform', errors.platform)}
      />
      {kind === 'rss' ? (
        <>
          <TextField
            label="Feed address"
            name="url"
            type="url"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            placeholder="https://example.com/feed.xml"
            value={draft.url}
            onChange={(event) => onChange({ url: event.target.value })}
            error={fieldError(error, 'url', errors.url)}
          />
          <WholeNumberField
            label="Read every (minutes)"
            name="pollIntervalMinutes"
            min={MIN_INTERVAL}
            max={MAX_INTERVAL}
            value={draft.interval}
            onChange={(event) => onChange({ interval: event.target.value })}
            error={fieldError(error, 'pollIntervalMinutes', errors.pollIntervalMinutes)}
          />
        </>
      ) : null}
    </>
  );
}

/** Adding a source: choose its kind, name it; then how mentions reach it (and a webhook's secret, once). */
export function AddSourceDialog({
  onClose,
  onImport,
}: {
  onClose: () => void;
  /** Open the upload for a new import source. */
  onImport: (source: ListeningSource) => void;
}) {
  const create = useCreateSource();
  const { errors, passes } = useClientChecks(create);
  const [kind, setKind] = useState<SourceKind>('webhook');
  const [draft, setDraft] = useState<SourceDraft>({ name: '', platform: '', url: '', interval: '15' });
  const created = create.data;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!passes(event, checkDraft(draft, kind))) return;
    create.mutate({ kind, ...fromDraft(draft, kind) });
  }

  if (created)
    return (
      <Dialog title={`${created.name} is ready`} onClose={onClose} testId="add-source-dialog">
        <SourceReady source={created} onDone={onClose} onImport={() => onImport(created)} />
      </Dialog>
    );
  return (
    <Dialog title="Add a source" onClose={onClose} testId="add-source-dialog">
      <form className="form" onSubmit={onSubmit} noValidate aria-label="Add a source">
        <FormError error={create.error} knownFields={KNOWN_FIELDS} />
        <RadioGroup<SourceKind>
          legend="Kind"
          name="kind"
          value={kind}
          options={SOURCE_KIND_OPTIONS}
          onChange={setKind}
        />
        <SourceFields
          kind={kind}
          draft={draft}
          onChange={(changes) => setDraft((current) => ({ ...current, ...changes }))}
          error={create.error}
          errors={errors}
        />
        <DialogActions pending={create.isPending} onCancel={onClose}>
          Add source
        </DialogActions>
      </form>
    </Dialog>
  );
}

/** Right after a source is made: how mentions reach it, and a webhook's secret, shown this once. */
function SourceReady({
  source,
  onDone,
  onImport,
}: {
  source: ListeningSource;
  onDone: () => void;
  onImport: () => void;
}) {
  const done = useRef<HTMLButtonElement>(null);
  const showsSecret = source.kind === 'webhook' && source.secret !== null;
  useEffect(() => {
    // The form that had focus is gone; the secret (when there is one) takes focus itself.
    if (!showsSecret) done.current?.focus();
  }, [showsSecret]);
  return (
    <div className="source-ready listening-dialog-wide" data-testid="source-ready" data-kind={source.kind}>
      {source.kind === 'webhook' ? (
        <>
          {source.secret ? <SecretNotice secret={source.secret} /> : null}
          {source.endpoint ? (
            <CopyField label="Address to post to" value={source.endpoint} testId="source-endpoint" />
          ) : null}
          <WebhookHelp endpoint={source.endpoint} />
        </>
      ) : null}
      {source.kind === 'rss' ? <FeedHelp source={source} /> : null}
      {source.kind === 'email' ? <EmailHelp source={source} /> : null}
      {source.kind === 'import' ? <ImportHelp source={source} /> : null}
      <div className="dialog-actions">
        {source.kind === 'import' ? (
          <button type="button" className="button" onClick={onImport}>
            Import a file
          </button>
        ) : null}
        <button type="button" className="button button-primary" ref={done} onClick={onDone}>
          Done
        </button>
      </div>
    </div>
  );
}

/** A signing secret shown once, with its warning and a copy button. */
export function SecretNotice({
  secret,
  autoSelect = true,
  testId = 'source-secret',
}: {
  secret: string;
  autoSelect?: boolean;
  /** The secret's input. */
  testId?: string;
}) {
  return (
    <div className="secret-panel" data-testid={`${testId}-panel`}>
      <p className="secret-warning">
        <strong>Copy the signing secret now</strong> and store it in the sending system. It will not be shown
        again.
      </p>
      <CopyField label="Signing secret" value={secret} testId={testId} autoSelect={autoSelect} />
    </div>
  );
}

/** Renaming a source, re-pointing or re-timing a feed. */
export function EditSourceDialog({
  source,
  onClose,
  onSaved,
}: {
  source: ListeningSource;
  onClose: () => void;
  onSaved: (text: string) => void;
}) {
  const update = useUpdateSource();
  const { errors, passes } = useClientChecks(update);
  const [draft, setDraft] = useState<SourceDraft>({
    name: source.name,
    platform: source.platform,
    url: source.url ?? '',
    interval: String(source.pollIntervalMinutes),
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!passes(event, checkDraft(draft, source.kind))) return;
    update.mutate(
      { id: source.id, ...fromDraft(draft, source.kind) },
      {
        onSuccess: (saved) => {
          onClose();
          onSaved(`${saved.name} saved.`);
        },
      },
    );
  }

  return (
    <Dialog title={`Edit ${source.name}`} onClose={onClose} testId="edit-source-dialog">
      <form className="form" onSubmit={onSubmit} noValidate aria-label={`Edit ${source.name}`}>
        <FormError error={update.error} knownFields={KNOWN_FIELDS} />
        <SourceFields
          kind={source.kind}
          draft={draft}
          onChange={(changes) => setDraft((current) => ({ ...current, ...changes }))}
          error={update.error}
          errors={errors}
        />
        <DialogActions pending={update.isPending} onCancel={onClose}>
          Save
        </DialogActions>
      </form>
    </Dialog>
  );
}

const NEW_SOURCE = '__new__';
const mainHeading = () => document.querySelector<HTMLElement>('#main h1');

/** Uploading a CSV or JSON-lines file into an import source; then what was stored and what was not. */
export function ImportDialog({
  sources,
  initial,
  onClose,
}: {
  /** The import sources that can take the file. */
  sources: readonly ListeningSource[];
  initial?: ListeningSource;
  onClose: () => void;
}) {
  const upload = useImportMentions();
  const { errors, passes } = useClientChecks(upload);
  const [target, setTarget] = useState(initial?.id ?? sources[0]?.id ?? NEW_SOURCE);
  const [name, setName] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const report = upload.data;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!file) found.file = 'Choose a .csv, .jsonl or .ndjson file.';
    else if (!/\.(csv|jsonl|ndjson)$/i.test(file.name) && file.type !== 'text/csv')
      found.file = 'Hearth imports .csv, .jsonl and .ndjson files.';
    if (target === NEW_SOURCE && name.trim() === '')
      found.source = 'Name the import source, like “Survey 2025”.';
    if (!passes(event, found) || !file) return;
    upload.mutate(target === NEW_SOURCE ? { file, source: name.trim() } : { file, sourceId: target });
  }

  if (report)
    return (
      <Dialog title="Import finished" onClose={onClose} testId="import-dialog" fallbackFocus={mainHeading}>
        <ImportResult report={report} onDone={onClose} />
      </Dialog>
    );
  return (
    <Dialog title="Import a file" onClose={onClose} testId="import-dialog" fallbackFocus={mainHeading}>
      <form className="form" onSubmit={onSubmit} noValidate aria-label="Import a file">
        <FormError error={upload.error} />
        <SelectField label="Into" value={target} onChange={(event) => setTarget(event.target.value)}>
          {sources.map((source) => (
            <option key={source.id} value={source.id}>
              {source.name}
            </option>
          ))}
          <option value={NEW_SOURCE}>A new import source…</option>
        </SelectField>
        {target === NEW_SOURCE ? (
          <TextField
            label="Name of the new source"
            maxLength={80}
            autoComplete="off"
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={errors.source}
          />
        ) : null}
        <TextField
          label="File to import"
          type="file"
          accept=".csv,.jsonl,.ndjson,text/csv,application/x-ndjson"
          hint="CSV with a header row and a text column, or JSON lines (one mention per line); UTF-8, up to 50 MB."
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          error={errors.file}
          data-autofocus
        />
        {upload.isPending ? (
          <p className="loading" role="status">
            <span className="spinner" aria-hidden="true" />
            Importing… a large file takes a while.
          </p>
        ) : null}
        <DialogActions pending={upload.isPending} onCancel={onClose}>
          Import
        </DialogActions>
      </form>
    </Dialog>
  );
}

function ImportResult({ report, onDone }: { report: ImportReport; onDone: () => void }) {
  const done = useRef<HTMLButtonElement>(null);
  useEffect(() => done.current?.focus(), []);
  return (
    <div className="import-result" data-testid="import-result">
      <p role="status">
        Read {report.rows.toLocaleString()} {report.rows === 1 ? 'row' : 'rows'}:{' '}
        {report.stored.toLocaleString()} stored, {report.duplicates.toLocaleString()} already there,{' '}
        {report.invalid.toLocaleString()} left out, {report.routed.toLocaleString()} sent to the inbox.
      </p>
      {report.errors.length > 0 ? (
        <>
          <h3>Rows left out</h3>
          <ul className="plain-list import-errors" data-testid="import-errors">
            {report.errors.slice(0, 20).map((problem) => (
              <li key={`${problem.line}:${problem.error}`}>
                Line {problem.line}: {problem.error}
              </li>
            ))}
          </ul>
          {report.invalid > 20 ? <p className="muted">… and {report.invalid - 20} more.</p> : null}
        </>
      ) : null}
      <div className="dialog-actions">
        <button type="button" className="button button-primary" ref={done} onClick={onDone}>
          Done
        </button>
      </div>
    </div>
  );
}
