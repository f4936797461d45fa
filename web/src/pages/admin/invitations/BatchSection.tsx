import { useState } from 'react';
import { useCreateBatch } from '../../../api/invitations.ts';
import type { BatchInput, InvitationBatch } from '../../../api/invitations.ts';
import { Time } from '../../../components/Bits.tsx';
import { TextField, WholeNumberField } from '../../../components/Field.tsx';
import { fieldError, FormError } from '../../../components/Feedback.tsx';
import { useDraftForm } from './draft-form.ts';
import { BatchTable } from './BatchTable.tsx';
import { downloadText, fileSlug } from './download.ts';
import { ExpiryField, expiryHours, GroupSelect, type Expiry } from './fields.tsx';

interface Draft {
  name: string;
  count: string;
  expiry: Expiry;
  groupId: string;
}

const emptyDraft: Draft = { name: '', count: '100', expiry: { amount: '365', unit: 'days' }, groupId: '' };

function checkDraft(draft: Draft): { errors: Record<string, string>; input: BatchInput | null } {
  const errors: Record<string, string> = {};
  const count = Number(draft.count);
  const hours = expiryHours(draft.expiry);
  if (draft.name.trim() === '') errors.name = 'Name the batch (what it is printed on).';
  if (!Number.isInteger(count) || count < 1 || count > 10_000)
    errors.count = 'Make between 1 and 10,000 codes.';
  if (hours === null) errors.expiresInHours = 'Give a whole number, at least 1.';
  if (Object.keys(errors).length > 0 || hours === null) return { errors, input: null };
  const input = { name: draft.name.trim(), count, expiresInHours: hours };
  return { errors, input: draft.groupId ? { ...input, groupId: draft.groupId } : input };
}

/** Printed codes for receipts and packaging: made in bulk, downloadable once as CSV. */
export function BatchSection() {
  const create = useCreateBatch();
  const { draft, set, checks, created, clearCreated, onSubmit } = useDraftForm(
    create,
    emptyDraft,
    checkDraft,
  );

  return (
    <section aria-labelledby="batches-title" className="admin-subsection">
      <h2 id="batches-title">Printed codes</h2>
      <p className="muted">
        Single-use codes to print on receipts or packaging, like <code>HX7K-29QD-M4</code>. Each admits one
        person.
      </p>
      <div className="card section">
        <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="create-batch-title">
          <h3 id="create-batch-title">Make a batch of codes</h3>
          <FormError error={create.error} knownFields={['name', 'count', 'expiresInHours', 'groupId']} />
          <TextField
            label="Batch name"
            name="batchName"
            autoComplete="off"
            required
            hint="Where the codes go: “Box insert, spring run”."
            value={draft.name}
            onChange={(event) => set({ name: event.target.value })}
            error={fieldError(create.error, 'name', checks.errors.name)}
          />
          <div className="field-row">
            <WholeNumberField
              label="Number of codes"
              name="count"
              min={1}
              max={10_000}
              required
              value={draft.count}
              onChange={(event) => set({ count: event.target.value })}
              error={fieldError(create.error, 'count', checks.errors.count)}
            />
            <GroupSelect value={draft.groupId} onChange={(groupId) => set({ groupId })} />
          </div>
          <ExpiryField
            value={draft.expiry}
            onChange={(expiry) => set({ expiry })}
            error={fieldError(create.error, 'expiresInHours', checks.errors.expiresInHours)}
          />
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={create.isPending}>
              {create.isPending ? 'Making codes…' : 'Make codes'}
            </button>
          </div>
        </form>
        {created ? <CreatedBatch created={created} onDone={clearCreated} /> : null}
      </div>
      <BatchTable />
    </section>
  );
}

function CreatedBatch({
  created,
  onDone,
}: {
  created: { batch: InvitationBatch; csv: string };
  onDone: () => void;
}) {
  const { batch } = created;
  const [saved, setSaved] = useState(false);
  return (
    <section className="secret-panel" aria-labelledby="new-batch-title" data-testid="new-batch-panel">
      <h3 id="new-batch-title">
        {batch.size.toLocaleString()} codes made: {batch.name}
      </h3>
      <p className="secret-warning">
        <strong>Download the CSV now: it is shown only once.</strong> Hearth keeps only a fingerprint of each
        code, so it cannot show them again. The codes expire <Time iso={batch.expiresAt} />.
      </p>
      <button
        type="button"
        className="button button-primary"
        data-testid="download-batch-csv"
        onClick={() => {
          downloadText(`${fileSlug(batch.name)}-codes.csv`, created.csv);
          setSaved(true);
        }}
      >
        Download CSV ({batch.size.toLocaleString()} codes)
      </button>
      {saved ? <p>Downloaded. Keep the file safe: anyone with a code can join.</p> : null}
      <button type="button" className="button" onClick={onDone}>
        {saved ? 'Done' : 'Close without downloading'}
      </button>
    </section>
  );
}
