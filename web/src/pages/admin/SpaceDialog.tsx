import { useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { useGroups } from '../../api/groups.ts';
import { useCreateSpace, useUpdateSpace } from '../../api/staff.ts';
import type { AdminSpace, SpaceAudience, SpaceInput, SpaceKind } from '../../api/types.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { SelectField, TextAreaField, TextField } from '../../components/Field.tsx';
import { errorMessage, fieldError, FormError, useClientChecks } from '../../components/Feedback.tsx';
import {
  AUDIENCES,
  audienceLabel,
  defaultAudiences,
  groupAudience,
  groupIdOf,
  orderAudiences,
  SLUG_PATTERN,
  slugify,
  SPACE_KINDS,
} from './spaceOptions.ts';
import type { KnownGroups } from './spaceOptions.ts';

type AudienceKey = 'readRoles' | 'postRoles' | 'replyRoles';

const AUDIENCE_COLUMNS: { key: AudienceKey; label: string }[] = [
  { key: 'readRoles', label: 'Read' },
  { key: 'postRoles', label: 'Start threads' },
  { key: 'replyRoles', label: 'Reply' },
];

function check(input: SpaceInput): Record<string, string> {
  const errors: Record<string, string> = {};
  if (input.name.trim() === '') errors.name = 'Name the space.';
  if (input.slug.length < 2 || !SLUG_PATTERN.test(input.slug))
    errors.slug = 'Use at least 2 lowercase letters, digits and dashes, like "product-questions".';
  for (const { key, label } of AUDIENCE_COLUMNS) {
    if (input[key].length === 0) errors[key] = `Tick at least one box under “${label}”.`;
  }
  return errors;
}

interface AudienceRow {
  audience: SpaceAudience;
  label: string;
  /** A group that no longer exists: its boxes can be unticked, not ticked. */
  gone: boolean;
}

/**
 * The table's rows: "anyone" and the roles, then each group by name, then the group entries the
 * space names that are not in the groups list (deleted ones, or any group while the list loads).
 */
function audienceRows(entries: readonly SpaceAudience[], groups: KnownGroups): AudienceRow[] {
  const fixed = AUDIENCES.map((audience) => ({ audience, label: audienceLabel(audience), gone: false }));
  const listed = (groups ?? []).map((group) => ({
    audience: groupAudience(group.id),
    label: audienceLabel(groupAudience(group.id), groups),
    gone: false,
  }));
  const shown = new Set([...fixed, ...listed].map((row) => row.audience));
  const others = [...new Set(entries)].filter((entry) => !shown.has(entry) && groupIdOf(entry) !== null);
  const unlisted = others.map((audience, index) => {
    const label = audienceLabel(audience, groups);
    return {
      audience,
      label: others.length > 1 ? `${label} ${index + 1}` : label,
      gone: groups !== undefined,
    };
  });
  return [...fixed, ...listed, ...unlisted];
}

function GroupsNote({ groups }: { groups: ReturnType<typeof useGroups> }) {
  if (groups.isPending) return <p className="field-hint">Loading groups…</p>;
  if (groups.isError)
    return (
      <p className="field-error">
        Groups could not be loaded: {errorMessage(groups.error)}{' '}
        <button type="button" className="button button-small" onClick={() => void groups.refetch()}>
          Try again
        </button>
      </p>
    );
  if (groups.data.length === 0)
    return <p className="field-hint">To admit a named set of people, create a group in Admin › Groups.</p>;
  return null;
}

function AudienceTable({
  value,
  rows,
  onToggle,
  errors,
  note,
}: {
  value: Pick<SpaceInput, AudienceKey>;
  rows: AudienceRow[];
  onToggle: (key: AudienceKey, audience: SpaceAudience, on: boolean) => void;
  errors: string[];
  note: ReactNode;
}) {
  return (
    <fieldset className="field audience-field" aria-describedby="audience-hint">
      <legend className="field-label">Who can read, start threads and reply</legend>
      <p className="field-hint" id="audience-hint">
        “Anyone” includes visitors who are not signed in (they can only read). A group admits the people in
        it, whatever their role. Admins, community managers and moderators always see every space.
      </p>
      <div className="audience-table-wrap">
        <table className="audience-table">
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">Who</span>
              </th>
              {AUDIENCE_COLUMNS.map((column) => (
                <th scope="col" key={column.key}>
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.audience}
                className={row.gone ? 'audience-row-gone' : undefined}
                data-audience={row.audience}
              >
                <th scope="row">{row.label}</th>
                {AUDIENCE_COLUMNS.map((column) => {
                  const checked = value[column.key].includes(row.audience);
                  return (
                    <td key={column.key}>
                      <input
                        type="checkbox"
                        className="checkbox"
                        aria-label={`${row.label}: ${column.label.toLowerCase()}`}
                        checked={checked}
                        disabled={row.gone && !checked}
                        onChange={(event) => onToggle(column.key, row.audience, event.target.checked)}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {note}
      {errors.map((error) => (
        <p className="field-error" key={error}>
          {error}
        </p>
      ))}
    </fieldset>
  );
}

function initialInput(space: AdminSpace | null): SpaceInput {
  if (!space)
    return { name: '', slug: '', description: '', kind: 'discussion', ...defaultAudiences('discussion') };
  return {
    name: space.name,
    slug: space.slug,
    description: space.description,
    kind: space.kind,
    readRoles: space.readRoles,
    postRoles: space.postRoles,
    replyRoles: space.replyRoles,
  };
}

/** Creates a space (space null) or edits one: name, address, description, kind and audiences. */
export function SpaceDialog({
  space,
  onClose,
  onSaved,
}: {
  space: AdminSpace | null;
  onClose: () => void;
  onSaved: (space: AdminSpace, created: boolean) => void;
}) {
  const create = useCreateSpace();
  const update = useUpdateSpace();
  const mutation = space ? update : create;
  const { errors, passes } = useClientChecks(mutation);
  const groups = useGroups();
  const [initial] = useState<SpaceInput>(() => initialInput(space));
  const [input, setInput] = useState<SpaceInput>(initial);
  // While creating, the address follows the name until the admin edits it; audiences follow the kind.
  const [slugEdited, setSlugEdited] = useState(space !== null);
  const [audiencesEdited, setAudiencesEdited] = useState(space !== null);

  function set(changes: Partial<SpaceInput>) {
    setInput((current) => ({ ...current, ...changes }));
  }

  function toggle(key: AudienceKey, audience: SpaceAudience, on: boolean) {
    setAudiencesEdited(true);
    setInput((current) => ({
      ...current,
      [key]: on
        ? orderAudiences([...current[key], audience], groups.data)
        : current[key].filter((a) => a !== audience),
    }));
  }

  // A group the space named when the dialog opened keeps its row after it is unticked (or deleted).
  const rows = audienceRows(
    AUDIENCE_COLUMNS.flatMap(({ key }) => [...initial[key], ...input[key]]),
    groups.data,
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const clean: SpaceInput = { ...input, name: input.name.trim(), description: input.description.trim() };
    if (!passes(event, check(clean))) return;
    if (space) {
      update.mutate({ id: space.id, ...clean }, { onSuccess: ({ space: saved }) => onSaved(saved, false) });
    } else {
      create.mutate(clean, { onSuccess: ({ space: saved }) => onSaved(saved, true) });
    }
  }

  const audienceErrors = AUDIENCE_COLUMNS.flatMap(({ key }) => {
    const message = fieldError(mutation.error, key, errors[key]);
    return message ? [message] : [];
  });

  return (
    <Dialog title={space ? `Edit ${space.name}` : 'New space'} onClose={onClose} testId="space-dialog">
      <form className="form" onSubmit={onSubmit} noValidate>
        <FormError
          error={mutation.error}
          knownFields={['name', 'slug', 'description', 'kind', 'readRoles', 'postRoles', 'replyRoles']}
        />
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
          hint={`The space's web address: /c/${input.slug || 'address'}. Lowercase letters, digits and dashes.`}
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
          hint="Optional. One or two sentences on what belongs here."
          maxLength={1000}
          rows={3}
          value={input.description}
          onChange={(event) => set({ description: event.target.value })}
          error={fieldError(mutation.error, 'description')}
        />
        <SelectField
          label="Kind"
          name="kind"
          hint={SPACE_KINDS.find((option) => option.value === input.kind)?.description}
          value={input.kind}
          onChange={(event) => {
            const kind = event.target.value as SpaceKind;
            set(audiencesEdited ? { kind } : { kind, ...defaultAudiences(kind) });
          }}
          error={fieldError(mutation.error, 'kind')}
        >
          {SPACE_KINDS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </SelectField>
        <AudienceTable
          value={input}
          rows={rows}
          onToggle={toggle}
          errors={audienceErrors}
          note={<GroupsNote groups={groups} />}
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
            {space ? 'Save space' : 'Create space'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
