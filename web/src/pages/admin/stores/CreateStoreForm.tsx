import { useState } from 'react';
import type { FormEvent } from 'react';
import { useCreateStore } from '../../../api/stores.ts';
import type { Store } from '../../../api/stores.ts';
import { TextField } from '../../../components/Field.tsx';
import { fieldError, FormError, useClientChecks } from '../../../components/Feedback.tsx';
import { GroupSelect } from '../invitations/fields.tsx';

export function CreateStoreForm({ onCreated }: { onCreated: (store: Store) => void }) {
  const create = useCreateStore();
  const checks = useClientChecks(create);
  const [name, setName] = useState('');
  const [groupId, setGroupId] = useState('');

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!checks.passes(event, name.trim() ? {} : { name: 'Name the store.' })) return;
    create.mutate(
      { name: name.trim(), ...(groupId ? { groupId } : {}) },
      {
        onSuccess: ({ store }) => {
          setName('');
          setGroupId('');
          onCreated(store);
        },
      },
    );
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="create-store-title">
      <h2 id="create-store-title">Add a store</h2>
      <FormError error={create.error} knownFields={['name', 'groupId']} />
      <div className="field-row">
        <TextField
          label="Store name"
          name="storeName"
          autoComplete="off"
          required
          hint="As purchasers know it: it is named in their welcome email."
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={fieldError(create.error, 'name', checks.errors.name)}
        />
        <GroupSelect value={groupId} onChange={setGroupId} error={fieldError(create.error, 'groupId')} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          Add store
        </button>
      </div>
    </form>
  );
}
