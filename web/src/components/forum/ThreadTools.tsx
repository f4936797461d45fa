import { useState } from 'react';
import { useSpaces } from '../../api/spaces.ts';
import { useAcknowledge, useMoveThread, useSetThreadState } from '../../api/forum.ts';
import type { ThreadStateChange } from '../../api/forum.ts';
import type { Thread } from '../../api/types.ts';
import { SelectField } from '../Field.tsx';
import { errorMessage, LiveMessage } from '../Feedback.tsx';
import { TakePrivateDialog } from './TakePrivateDialog.tsx';

function MoveForm({ thread }: { thread: Thread }) {
  const spaces = useSpaces();
  const move = useMoveThread(thread.id);
  const others = (spaces.data?.items ?? []).filter(
    (space) => space.id !== thread.space?.id && space.can.moderate,
  );
  const [target, setTarget] = useState('');
  if (others.length === 0) return null;
  return (
    <form
      className="move-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (target) move.mutate(target, { onSuccess: () => setTarget('') });
      }}
    >
      <SelectField
        label="Move to space"
        value={target}
        onChange={(event) => setTarget(event.target.value)}
        fieldClassName="move-field"
      >
        <option value="">Choose a space…</option>
        {others.map((space) => (
          <option key={space.id} value={space.slug}>
            {space.name}
          </option>
        ))}
      </SelectField>
      <button type="submit" className="button button-small" disabled={!target || move.isPending}>
        Move
      </button>
      {move.isError ? (
        <p className="field-error" role="alert">
          {errorMessage(move.error)}
        </p>
      ) : null}
    </form>
  );
}

const TOGGLES: { key: keyof ThreadStateChange; on: string; off: string }[] = [
  { key: 'pinned', on: 'Unpin', off: 'Pin' },
  { key: 'locked', on: 'Unlock', off: 'Lock' },
  { key: 'closed', on: 'Reopen', off: 'Close' },
];

/** Moderator and staff actions on a thread: pin, lock, close, move, acknowledge, take private. */
export function ThreadTools({ thread }: { thread: Thread }) {
  const setState = useSetThreadState(thread.id);
  const acknowledge = useAcknowledge(thread.id);
  const [privateOpen, setPrivateOpen] = useState(false);
  const [status, setStatus] = useState('');
  const staff = thread.can.actAsStaff;
  const canAcknowledge = staff && thread.space?.kind === 'complaints' && !thread.acknowledgedAt;
  const canTakePrivate = staff && thread.visibility === 'public';
  if (!thread.can.moderate && !canAcknowledge && !canTakePrivate && !status) return null;
  const failed = [setState, acknowledge].find((mutation) => mutation.isError);
  return (
    <section className="thread-tools" aria-label="Moderation" data-testid="thread-tools">
      <h2 className="thread-tools-title">{thread.can.moderate ? 'Moderation' : 'Staff'}</h2>
      <div className="thread-tools-row">
        {thread.can.moderate
          ? TOGGLES.map(({ key, on, off }) => (
              <button
                key={key}
                type="button"
                className="button button-small"
                disabled={setState.isPending}
                onClick={() =>
                  setState.mutate(
                    { [key]: !thread[key] },
                    { onSuccess: () => setStatus(`Done: ${thread[key] ? on : off}.`) },
                  )
                }
              >
                {thread[key] ? on : off}
              </button>
            ))
          : null}
        {canAcknowledge ? (
          <button
            type="button"
            className="button button-small"
            disabled={acknowledge.isPending}
            onClick={() => acknowledge.mutate(undefined, { onSuccess: () => setStatus('Acknowledged.') })}
          >
            Acknowledge
          </button>
        ) : null}
        {canTakePrivate ? (
          <button type="button" className="button button-small" onClick={() => setPrivateOpen(true)}>
            Take private
          </button>
        ) : null}
      </div>
      {thread.can.moderate ? <MoveForm thread={thread} /> : null}
      <LiveMessage className="small muted">{status}</LiveMessage>
      {failed ? (
        <p className="field-error" role="alert">
          {errorMessage(failed.error)}
        </p>
      ) : null}
      {privateOpen ? <TakePrivateDialog thread={thread} onClose={() => setPrivateOpen(false)} /> : null}
    </section>
  );
}
