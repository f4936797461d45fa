import type { FormEvent } from 'react';
import { isApiError } from '../../api/client.ts';
import { useCreateSegment } from '../../api/members.ts';
import type { MemberFilter, MemberSegment } from '../../api/members.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { fieldError, FormError, useRequiredText } from '../../components/Feedback.tsx';
import { TextField } from '../../components/Field.tsx';
import { DialogActions } from '../../components/FormActions.tsx';
import { filterWords } from './labels.ts';

interface SaveSegmentDialogProps {
  /** The filter saved: the list's search, stage, tag, country and words they said. */
  filter: MemberFilter;
  onClose: () => void;
  /** Once saved (the dialog is gone by then). */
  onSaved: (segment: MemberSegment) => void;
}

/** Names the list's filter and saves it as a segment anyone who looks after members can choose. */
export function SaveSegmentDialog({ filter, onClose, onSaved }: SaveSegmentDialogProps) {
  const create = useCreateSegment();
  const name = useRequiredText(create, 'Name the segment.');

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    name.submit(event, (text) =>
      create.mutate(
        { name: text, filter },
        {
          onSuccess: (segment) => {
            onClose();
            onSaved(segment);
          },
        },
      ),
    );
  }

  // A taken name is the name field's problem, not the form's.
  const taken = isApiError(create.error, 'MEMBER_SEGMENT_NAME_TAKEN') ? create.error.message : undefined;
  return (
    <Dialog
      title="Save as segment"
      description={
        <p>
          Saves {filterWords(filter)} under a name. Anyone who looks after members can then choose it under
          Segments to list the members it matches at the time.
        </p>
      }
      onClose={onClose}
      testId="save-segment-dialog"
    >
      <form className="form" onSubmit={onSubmit} noValidate aria-label="Save as segment">
        <FormError error={taken ? null : create.error} knownFields={['name']} />
        <TextField
          label="Name"
          name="name"
          maxLength={80}
          autoComplete="off"
          value={name.draft}
          onChange={(event) => name.setDraft(event.target.value)}
          error={taken ?? fieldError(create.error, 'name', name.missingError)}
          data-autofocus
        />
        <DialogActions pending={create.isPending} onCancel={onClose}>
          Save segment
        </DialogActions>
      </form>
    </Dialog>
  );
}
