// Holding statements: drafted by anyone in the room, approved by a manager, then published as an
// announcement in the community and a saved reply in the inbox. Editing sends one back to draft.
import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent, RefObject } from 'react';
import { Link } from 'react-router';
import {
  useApproveStatement,
  useDraftStatement,
  useEditStatement,
  usePublishStatement,
} from '../../../api/listening-crises.ts';
import type { Crisis, CrisisStatement, StatementStatus } from '../../../api/listening-crises.ts';
import { Badge, Time } from '../../../components/Bits.tsx';
import { Dialog } from '../../../components/Dialog.tsx';
import { TextAreaField } from '../../../components/Field.tsx';
import { fieldError, useClientChecks } from '../../../components/Feedback.tsx';
import { STATEMENT_STAGE, statementNumbers, threadPath } from './labels.ts';
import { RoomError } from './RoomError.tsx';

const BODY_MAX = 10_000;
const STAGES: readonly StatementStatus[] = ['draft', 'approved', 'published'];

interface StatementsProps {
  crisis: Crisis;
  readOnly: boolean;
  /** Admins and managers: approve and publish. */
  canApprove: boolean;
  report: (text: string) => void;
}

export function Statements({ crisis, readOnly, canApprove, report }: StatementsProps) {
  const numbers = statementNumbers(crisis.statements);
  return (
    <section
      className="card crisis-panel"
      aria-labelledby="crisis-statements-title"
      data-testid="crisis-statements"
    >
      <h2 id="crisis-statements-title" className="crisis-panel-title">
        Holding statements
      </h2>
      <p className="muted crisis-panel-intro">
        What you can say in public while you work on it. Anyone in the room drafts; a manager approves, then
        publishes it as an announcement in the community and a saved reply for agents.
      </p>
      {crisis.statements.length === 0 ? (
        <p className="muted">No statement yet.</p>
      ) : (
        <ol className="crisis-statements" aria-labelledby="crisis-statements-title">
          {crisis.statements.map((statement) => (
            <StatementCard
              key={statement.id}
              crisis={crisis}
              statement={statement}
              number={numbers.get(statement.id) ?? 0}
              readOnly={readOnly}
              canApprove={canApprove}
              report={report}
            />
          ))}
        </ol>
      )}
      {readOnly ? null : <DraftForm crisis={crisis} report={report} />}
    </section>
  );
}

function checkBody(body: string): Record<string, string> {
  if (body.trim() === '') return { body: 'Write the statement first.' };
  if (body.trim().length > BODY_MAX) return { body: `At most ${BODY_MAX.toLocaleString()} characters.` };
  return {};
}

function DraftForm({ crisis, report }: { crisis: Crisis; report: (text: string) => void }) {
  const draft = useDraftStatement(crisis.id);
  const { errors, passes } = useClientChecks(draft);
  const [body, setBody] = useState('');

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!passes(event, checkBody(body))) return;
    draft.mutate(
      { body: body.trim() },
      {
        onSuccess: (room) => {
          setBody('');
          report(`Statement ${room.statements.length} is drafted: a manager can approve it now.`);
        },
      },
    );
  }

  return (
    <form className="form crisis-inline-form" onSubmit={onSubmit} noValidate>
      <RoomError error={draft.error} knownFields={['body']} />
      <TextAreaField
        label="Draft a statement"
        name="body"
        rows={4}
        maxLength={BODY_MAX}
        hint="For example: “We know some of you cannot check out. We are on it and will post an update by 3 pm.”"
        value={body}
        onChange={(event) => setBody(event.target.value)}
        error={fieldError(draft.error, 'body', errors.body)}
      />
      <div className="form-actions">
        <button
          type="submit"
          className="button"
          disabled={draft.isPending}
          aria-busy={draft.isPending || undefined}
        >
          Draft statement
        </button>
      </div>
    </form>
  );
}

function StatementCard({
  crisis,
  statement,
  number,
  readOnly,
  canApprove,
  report,
}: Omit<StatementsProps, 'crisis'> & { crisis: Crisis; statement: CrisisStatement; number: number }) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const approve = useApproveStatement(crisis.id);
  const [editing, setEditing] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const stage = STATEMENT_STAGE[statement.status];
  const name = `Statement ${number}`;
  const focusHeading = () => window.requestAnimationFrame(() => heading.current?.focus());

  function onApprove() {
    approve.mutate(statement, {
      onSuccess: () => {
        report(`${name} is approved${canApprove ? ': it can be published now' : ''}.`);
        focusHeading();
      },
    });
  }

  return (
    <li
      className="crisis-statement"
      aria-labelledby={headingId}
      data-testid="crisis-statement"
      data-statement-id={statement.id}
      data-status={statement.status}
    >
      <div className="card-head">
        <h3 className="crisis-statement-title" id={headingId} tabIndex={-1} ref={heading}>
          {name}
        </h3>
        <Badge tone={stage.tone}>{stage.label}</Badge>
      </div>
      <ol className="crisis-stages" aria-label={`Stage of ${name.toLowerCase()}`}>
        {STAGES.map((step) => (
          <li
            key={step}
            className={
              STAGES.indexOf(step) <= STAGES.indexOf(statement.status)
                ? 'crisis-stage crisis-stage-done'
                : 'crisis-stage'
            }
            aria-current={step === statement.status ? 'step' : undefined}
          >
            {STATEMENT_STAGE[step].label}
          </li>
        ))}
      </ol>
      {editing ? (
        <EditStatement
          crisis={crisis}
          statement={statement}
          name={name}
          onDone={(saved) => {
            setEditing(false);
            if (saved) report(`${name} is saved as a draft.`);
            focusHeading();
          }}
        />
      ) : (
        <p className="crisis-prose" data-testid="crisis-statement-body">
          {statement.body}
        </p>
      )}
      <StatementFacts statement={statement} crisis={crisis} />
      {!editing && !readOnly ? (
        <div className="crisis-statement-actions">
          {statement.status !== 'published' ? (
            <button
              type="button"
              className="button button-small"
              aria-label={`Edit ${name.toLowerCase()}`}
              onClick={() => setEditing(true)}
            >
              Edit
            </button>
          ) : null}
          {canApprove && statement.status === 'draft' ? (
            <button
              type="button"
              className="button button-small button-primary"
              disabled={approve.isPending}
              aria-busy={approve.isPending || undefined}
              onClick={onApprove}
            >
              Approve statement
            </button>
          ) : null}
          {canApprove && statement.status === 'approved' ? (
            <button
              type="button"
              className="button button-small button-primary"
              onClick={() => setPublishing(true)}
            >
              Publish statement
            </button>
          ) : null}
        </div>
      ) : null}
      {approve.error ? <RoomError error={approve.error} /> : null}
      {publishing ? (
        <PublishDialog
          crisis={crisis}
          statement={statement}
          name={name}
          heading={heading}
          onClose={() => setPublishing(false)}
          onPublished={() => {
            setPublishing(false);
            report(
              `${name} is published as an announcement in the community, and agents have it as a saved reply.`,
            );
          }}
        />
      ) : null}
    </li>
  );
}

function StatementFacts({ statement, crisis }: { statement: CrisisStatement; crisis: Crisis }) {
  return (
    <div className="crisis-statement-facts">
      <p className="muted">
        {statement.draftedBy ? `Drafted by ${statement.draftedBy.name}` : 'Drafted'}, last changed{' '}
        <Time iso={statement.updatedAt} relative />.
        {statement.approvedAt ? (
          <>
            {' '}
            Approved{statement.approvedBy ? ` by ${statement.approvedBy.name}` : ''}{' '}
            <Time iso={statement.approvedAt} relative />.
          </>
        ) : null}
      </p>
      {statement.status === 'published' ? (
        <p className="crisis-published" data-testid="crisis-statement-published">
          Published {statement.publishedAt ? <Time iso={statement.publishedAt} relative /> : null}
          {statement.threadId ? (
            <>
              {' '}
              as an announcement:{' '}
              <Link to={threadPath(statement.threadId)} data-testid="crisis-statement-thread">
                Update: {crisis.title}
              </Link>
              .
            </>
          ) : (
            '.'
          )}{' '}
          {statement.savedReplyId
            ? `Agents can send it from the inbox: it is the saved reply “Holding statement: ${crisis.title}”.`
            : null}
        </p>
      ) : null}
    </div>
  );
}

function EditStatement({
  crisis,
  statement,
  name,
  onDone,
}: {
  crisis: Crisis;
  statement: CrisisStatement;
  name: string;
  /** `saved`: the change went through (false: cancelled). */
  onDone: (saved: boolean) => void;
}) {
  const edit = useEditStatement(crisis.id);
  const { errors, passes } = useClientChecks(edit);
  const [body, setBody] = useState(statement.body);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.querySelector('textarea')?.focus(), []);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!passes(event, checkBody(body))) return;
    edit.mutate({ statementId: statement.id, body: body.trim() }, { onSuccess: () => onDone(true) });
  }

  return (
    <form className="form crisis-inline-form" ref={form} onSubmit={onSubmit} noValidate>
      <RoomError error={edit.error} knownFields={['body']} />
      <TextAreaField
        label={`Text of ${name.toLowerCase()}`}
        name="body"
        rows={5}
        maxLength={BODY_MAX}
        hint={
          statement.status === 'approved'
            ? 'Saving sends it back to draft: a manager approves it again before it can be published.'
            : undefined
        }
        value={body}
        onChange={(event) => setBody(event.target.value)}
        error={fieldError(edit.error, 'body', errors.body)}
      />
      <div className="form-actions">
        <button
          type="submit"
          className="button button-primary button-small"
          disabled={edit.isPending}
          aria-busy={edit.isPending || undefined}
        >
          Save statement
        </button>
        <button type="button" className="button button-small" onClick={() => onDone(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function PublishDialog({
  crisis,
  statement,
  name,
  heading,
  onClose,
  onPublished,
}: {
  crisis: Crisis;
  statement: CrisisStatement;
  name: string;
  heading: RefObject<HTMLHeadingElement | null>;
  onClose: () => void;
  onPublished: () => void;
}) {
  const publish = usePublishStatement(crisis.id);
  return (
    <Dialog
      title={`Publish ${name.toLowerCase()}?`}
      onClose={onClose}
      testId="publish-statement-dialog"
      fallbackFocus={() => heading.current}
      description={
        <>
          <p>
            This posts it in the community’s announcements space as the thread “Update: {crisis.title}”, where
            members can read it and reply, and adds it to the inbox as the saved reply “Holding statement:{' '}
            {crisis.title}”, available to agents.
          </p>
          <blockquote className="crisis-quote crisis-prose">{statement.body}</blockquote>
        </>
      }
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          if (!publish.isPending) publish.mutate(statement, { onSuccess: onPublished });
        }}
      >
        <RoomError error={publish.error} />
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose} data-autofocus>
            Cancel
          </button>
          <button
            type="submit"
            className="button button-primary"
            disabled={publish.isPending}
            aria-busy={publish.isPending || undefined}
          >
            Yes, publish it
          </button>
        </div>
      </form>
    </Dialog>
  );
}
