import { useState } from 'react';
import type { FormEvent } from 'react';
import { useEscalate } from '../../api/inbox-conversation.ts';
import type { ConversationDetail } from '../../api/inbox-types.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { fieldError, FormError, useClientChecks } from '../../components/Feedback.tsx';
import { SelectField, TextAreaField } from '../../components/Field.tsx';
import { withAway } from './colleagues.ts';
import type { Directory } from './colleagues.ts';

interface EscalateDialogProps {
  conversation: ConversationDetail;
  directory: Directory;
  onClose: () => void;
  onEscalated: (message: string) => void;
}

/** Hand the conversation up to a team or a person, with the reason; private keeps its messages close. */
export function EscalateDialog({ conversation, directory, onClose, onEscalated }: EscalateDialogProps) {
  const escalate = useEscalate(conversation.id);
  const { errors, passes } = useClientChecks(escalate);
  const [teamId, setTeamId] = useState('');
  const [userId, setUserId] = useState('');
  const [reason, setReason] = useState('');
  const [restricted, setRestricted] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!teamId && !userId) found.teamId = 'Choose a team, a person, or both.';
    if (reason.trim().length < 3) found.reason = 'Say why it is escalated.';
    if (!passes(event, found)) return;
    escalate.mutate(
      {
        ...(teamId ? { teamId } : {}),
        ...(userId ? { userId } : {}),
        reason: reason.trim(),
        private: restricted,
      },
      {
        onSuccess: ({ conversation: saved }) => {
          onEscalated(`Escalated${saved.assignee ? ` to ${saved.assignee.name}` : ''}.`);
          onClose();
        },
      },
    );
  }

  return (
    <Dialog
      title="Escalate"
      description="The new owner is notified, and the priority goes up to at least high."
      onClose={onClose}
      testId="escalate-dialog"
    >
      <form className="form" onSubmit={onSubmit} noValidate>
        <SelectField
          label="To the team"
          value={teamId}
          onChange={(event) => setTeamId(event.target.value)}
          error={fieldError(escalate.error, 'teamId', errors.teamId)}
          hint="Without a person, the team lead takes it."
          data-autofocus
        >
          <option value="">No team change</option>
          {directory.teams.map((team) => (
            <option key={team.id} value={team.id}>
              {team.name}
            </option>
          ))}
        </SelectField>
        <SelectField label="To the person" value={userId} onChange={(event) => setUserId(event.target.value)}>
          <option value="">Nobody in particular</option>
          {directory.sorted.map((person) => (
            <option key={person.id} value={person.id}>
              {withAway(person)}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          label="Reason"
          rows={3}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={fieldError(escalate.error, 'reason', errors.reason)}
        />
        <label className="check-field">
          <input
            type="checkbox"
            className="checkbox"
            checked={restricted}
            onChange={(event) => setRestricted(event.target.checked)}
          />
          Private: only the new owner, their team lead and managers see the messages
        </label>
        <FormError error={escalate.error} knownFields={['teamId', 'reason']} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-danger" disabled={escalate.isPending}>
            Escalate
          </button>
        </div>
      </form>
    </Dialog>
  );
}
