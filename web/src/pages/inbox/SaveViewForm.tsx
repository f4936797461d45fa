import { useState } from 'react';
import type { FormEvent } from 'react';
import { useSaveView } from '../../api/inbox.ts';
import type { InboxFilters } from '../../api/inbox-types.ts';
import { fieldError, FormError, LiveMessage, useClientChecks } from '../../components/Feedback.tsx';
import { TextField } from '../../components/Field.tsx';
import { compactFilters } from './inboxFilters.ts';

/** "Save this view": the current view and filters under a name, in the rail from then on. */
export function SaveViewForm({ filters }: { filters: InboxFilters }) {
  const save = useSaveView();
  const { errors, passes } = useClientChecks(save);
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [saved, setSaved] = useState('');

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!passes(event, trimmed ? {} : { name: 'Name the view.' })) return;
    save.mutate(
      { name: trimmed, filters: compactFilters(filters) },
      {
        onSuccess: ({ view }) => {
          setSaved(`Saved the view “${view.name}”.`);
          setName('');
          setOpen(false);
        },
      },
    );
  }

  return (
    <div className="save-view">
      <LiveMessage className="form-status">{saved}</LiveMessage>
      {open ? (
        <form className="form save-view-form" onSubmit={onSubmit} noValidate data-testid="save-view-form">
          <TextField
            label="Name of the view"
            value={name}
            maxLength={60}
            onChange={(event) => setName(event.target.value)}
            error={fieldError(save.error, 'name', errors.name)}
            autoFocus
          />
          <FormError error={save.error} knownFields={['name']} />
          <div className="form-actions">
            <button type="submit" className="button button-primary button-small" disabled={save.isPending}>
              Save
            </button>
            <button
              type="button"
              className="button button-small"
              onClick={() => {
                setOpen(false);
                save.reset();
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            setSaved('');
            setOpen(true);
          }}
        >
          Save this view
        </button>
      )}
    </div>
  );
}
