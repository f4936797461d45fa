import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../api/client.ts';
import { inboxKeys } from '../../api/inbox.ts';
import { useUpdateConversation } from '../../api/inbox-conversation.ts';
import {
  CONVERSATION_STATUSES,
  PRIORITIES,
  type ConversationChanges,
  type ConversationDetail,
  type Priority,
} from '../../api/inbox-types.ts';
import type { Me } from '../../api/types.ts';
import { Time } from '../../components/Bits.tsx';
import { FormError, LiveMessage, Notice } from '../../components/Feedback.tsx';
import { SelectField } from '../../components/Field.tsx';
import { withAway } from './colleagues.ts';
import type { Directory } from './colleagues.ts';
import { PRIORITY_LABELS, STATUS_LABELS } from './labels.ts';
import { SnoozeForm } from './SnoozeForm.tsx';
import { TagEditor } from './TagEditor.tsx';

interface FieldsProps {
  conversation: ConversationDetail;
  directory: Directory;
  me: Me;
}

function AssigneeOptions({ conversation, directory, me }: FieldsProps) {
  const current = conversation.assignee;
  return (
    <>
      <option value="">Unassigned</option>
      {directory.sorted.map((person) => (
        <option key={person.id} value={person.id}>
          {withAway(person, person.id === me.id ? `${person.name} (you)` : person.name)}
        </option>
      ))}
      {current && !directory.people.has(current.id) ? (
        <option value={current.id}>{current.name}</option>
      ) : null}
    </>
  );
}

/** Assignee, team, status, priority and tags; each change is saved at once, against the version shown. */
export function ConversationFields({ conversation, directory, me }: FieldsProps) {
  const update = useUpdateConversation(conversation.id);
  const client = useQueryClient();
  const [saved, setSaved] = useState('');
  const [snoozing, setSnoozing] = useState(false);
  const conflict = isApiError(update.error, 'CONVERSATION_CHANGED');

  function change(changes: ConversationChanges, done: string) {
    setSaved('');
    update.mutate(
      { ...changes, version: conversation.version },
      {
        onSuccess: () => {
          setSaved(done);
          setSnoozing(false);
        },
        onError: (error) => {
          // Someone else changed it first: show their version, and let the agent decide again.
          if (isApiError(error, 'CONVERSATION_CHANGED'))
            void client.invalidateQueries({ queryKey: inboxKeys.conversation(conversation.id) });
        },
      },
    );
  }

  const teamMissing = conversation.team && !directory.teams.some((team) => team.id === conversation.team?.id);
  return (
    <section className="side-card" aria-labelledby="fields-heading" data-testid="conversation-fields">
      <h2 id="fields-heading">Details</h2>
      <SelectField
        label="Assignee"
        value={conversation.assignee?.id ?? ''}
        disabled={update.isPending}
        onChange={(event) => change({ assigneeId: event.target.value || null }, 'Assignee changed.')}
      >
        <AssigneeOptions conversation={conversation} directory={directory} me={me} />
      </SelectField>
      <SelectField
        label="Team"
        value={conversation.team?.id ?? ''}
        disabled={update.isPending}
        onChange={(event) => change({ teamId: event.target.value || null }, 'Team changed.')}
      >
        <option value="">No team</option>
        {directory.teams.map((team) => (
          <option key={team.id} value={team.id}>
            {team.name}
          </option>
        ))}
        {teamMissing && conversation.team ? (
          <option value={conversation.team.id}>{conversation.team.name}</option>
        ) : null}
      </SelectField>
      <SelectField
        label="Status"
        value={snoozing ? 'snoozed' : conversation.status}
        disabled={update.isPending}
        onChange={(event) => {
          const status = event.target.value as ConversationDetail['status'];
          if (status === 'snoozed') setSnoozing(true);
          else {
            setSnoozing(false);
            change({ status }, `Status set to ${STATUS_LABELS[status].toLowerCase()}.`);
          }
        }}
      >
        {CONVERSATION_STATUSES.map((status) => (
          <option key={status} value={status}>
            {STATUS_LABELS[status]}
          </option>
        ))}
      </SelectField>
      {conversation.status === 'snoozed' && conversation.snoozedUntil && !snoozing ? (
        <p className="muted small">
          Snoozed until <Time iso={conversation.snoozedUntil} />; it reopens by itself then.
        </p>
      ) : null}
      {snoozing ? (
        <SnoozeForm
          pending={update.isPending}
          onSnooze={(until) => change({ status: 'snoozed', snoozedUntil: until }, 'Snoozed.')}
          onCancel={() => setSnoozing(false)}
        />
      ) : null}
      <SelectField
        label="Priority"
        value={conversation.priority}
        disabled={update.isPending}
        onChange={(event) => {
          const priority = event.target.value as Priority;
          change({ priority }, `Priority set to ${PRIORITY_LABELS[priority].toLowerCase()}.`);
        }}
      >
        {PRIORITIES.map((priority) => (
          <option key={priority} value={priority}>
            {PRIORITY_LABELS[priority]}
          </option>
        ))}
      </SelectField>
      <TagEditor
        tags={conversation.tags}
        pending={update.isPending}
        onChange={(tags) => change({ tags }, 'Tags saved.')}
      />
      {conflict ? (
        <Notice tone="warning" testId="version-conflict">
          <p role="alert">
            Someone changed this conversation while you had it open. It now shows their change: check it, then
            make yours again.
          </p>
        </Notice>
      ) : (
        <FormError error={update.error} />
      )}
      <LiveMessage className="form-status">{saved}</LiveMessage>
    </section>
  );
}
