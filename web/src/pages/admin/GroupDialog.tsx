import { useState } from 'react';
import type { FormEvent } from 'react';
import { useCreateGroup, useUpdateGroup } from '../../api/groups.ts';
import type { Group, GroupInput } from '../../api/types.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { TextAreaField, TextField } from '../../components/Field.tsx';
import { fieldError, FormError, useClientChecks } from '../../components/Feedback.tsx';
import { SLUG_PATTERN, slugify } from './spaceOptions.ts';

function check(input: GroupInput): Record<string, string> {
  const errors: Record<string, string> = {};
  if (input.name === '') errors.name = 'Name the group.';
  if (input.slug.length < 2 || !SLUG_PATTERN.test(input.slug))
    errors.slug = 'Use at least 2 lowercase letters, digits and dashes, like "beta-testers".';
  return errors;
}

/** Creates a group (group null) or edits one: name, address and description. */
export function GroupDialog({
  group,
  onClose,
  onSaved,
}: {
  group: Group | null;
  onClose: () => void;
  onSaved: (group: Group, created: boolean) => void;
}) {
  const create = useCreateGroup();
  const update = useUpdateGroup();
  const mutation = group ? update : create;
  const { errors, passes } = useClientChecks(mutation);
  const [input, setInput] = useState<GroupInput>(() => ({
    name: group?.name ?? '',
    slug: group?.slug ?? '',
    description: group?.description ?? '',
  }));
  // While creating, the address follows the name until it is edited.
  const [slugEdited, setSlugEdited] = useState(group !== null);

  function set(changes: Partial<GroupInput>) {
    setInput((current) => ({ ...current, ...changes }));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const clean: GroupInput = { ...input, name: input.name.trim(), description: input.description.trim() };
    if (!passes(event, check(clean))) return;
    if (group) {
      update.mutate({ id: group.id, ...clean }, { onSuccess: ({ group: saved }) => onSaved(saved, false) });
    } else {
      create.mutate(clean, { onSuccess: ({ group: saved }) => onSaved(saved, true) });
    }
  }

  return (
    <Dialog
      title={group ? `Edit ${group.name}` : 'New group'}
      description={group ? undefined : 'A named set of people, such as beta testers, that spaces can admit.'}
      onClose={onClose}
      testId="group-dialog"
    >
      <form className="form" onSubmit={onSubmit} noValidate>
        <FormError error={mutation.error} knownFields={['name', 'slug', 'description']} />
        <TextField
          label="Name"
          name="name"
          maxLength={80}
          value={input.name}
          onChange={(event) => {
            const name = event.target.value;
            set(slugEdited ? { name } : { name, slug: slugify(name) });
          }}
          error={fieldError(mutation.error, 'name', errors.name)}
          data-autofocus
        />
        <TextField
          label="Address"
          name="slug"
          hint="The group's short, unique name: lowercase letters, digits and dashes."
          maxLength={60}
          spellCheck={false}
          autoComplete="off"
          value={input.slug}
          onChange={(event) => {
            setSlugEdited(true);
            set({ slug: event.target.value.trim().toLowerCase() });
          }}
          error={fieldError(mutation.error, 'slug', errors.slug)}
        />
        <TextAreaField
          label="Description"
          name="description"
          hint="Optional. Who belongs in it, for the other admins."
          maxLength={500}
          rows={3}
          value={input.description}
          onChange={(event) => set({ description: event.target.value })}
          error={fieldError(mutation.error, 'description')}
        />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="submit"
            className="button button-primary"
            disabled={mutation.isPending}
            aria-busy={mutation.isPending || undefined}
          >
            {group ? 'Save group' : 'Create group'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
