import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useLocation } from 'react-router';
import { useNotificationPreferences, useUpdateNotificationPreferences } from '../../api/notifications.ts';
import type { EmailMode, NotificationKind, NotificationPreferences } from '../../api/types.ts';
import { RadioGroup } from '../../components/Field.tsx';
import { FormError, LiveMessage, Loading, QueryError } from '../../components/Feedback.tsx';

const EMAIL_OPTIONS = [
  { value: 'instant', label: 'Right away', description: 'One email for each notification, as it happens.' },
  {
    value: 'digest',
    label: 'Daily digest',
    description: 'One email a day with everything you have not read yet.',
  },
  { value: 'off', label: 'Off', description: 'No email; notifications only appear in Hearth.' },
] as const;

const KINDS: { kind: NotificationKind; label: string }[] = [
  { kind: 'reply', label: 'Replies to your threads' },
  { kind: 'mention', label: 'Mentions of you' },
  { kind: 'accepted', label: 'Your answer accepted' },
  { kind: 'message', label: 'Direct messages' },
  { kind: 'assigned', label: 'Conversations assigned to me' },
  { kind: 'sla_alert', label: 'SLA warnings and breaches' },
  { kind: 'note_mention', label: 'Mentions in internal notes' },
  { kind: 'rating', label: 'Requests to rate the help I got' },
  { kind: 'listening_alert', label: 'Listening alerts: spikes in mentions or negativity' },
  { kind: 'idea_status', label: 'Status changes of ideas I voted for or follow' },
  { kind: 'idea_shipped', label: 'Ideas I voted for or follow shipped' },
  { kind: 'idea_merged', label: 'Ideas I voted for merged into another' },
];

type Channel = 'inApp' | 'email';

function PreferencesForm({ saved }: { saved: NotificationPreferences }) {
  const update = useUpdateNotificationPreferences();
  // The person's unsaved choices; null shows what is saved.
  const [draft, setDraft] = useState<NotificationPreferences | null>(null);
  const current = draft ?? saved;

  function change(next: NotificationPreferences) {
    setDraft(next);
    if (update.isSuccess) update.reset();
  }

  function toggle(kind: NotificationKind, channel: Channel, value: boolean) {
    change({ ...current, kinds: { ...current.kinds, [kind]: { ...current.kinds[kind], [channel]: value } } });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    update.mutate(current, { onSuccess: () => setDraft(null) });
  }

  return (
    <form className="form" onSubmit={onSubmit} data-testid="notification-preferences">
      <FormError error={update.error} />
      <RadioGroup<EmailMode>
        legend="Email me"
        name="emailMode"
        value={current.email}
        options={EMAIL_OPTIONS}
        onChange={(email) => change({ ...current, email })}
      />
      <fieldset className="field preference-kinds">
        <legend className="field-label">What notifies you</legend>
        {current.email === 'off' ? (
          <p className="field-hint">Email is off: the email choices apply when you turn it back on.</p>
        ) : null}
        <table className="preference-table">
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">Notification</span>
              </th>
              <th scope="col">In Hearth</th>
              <th scope="col">By email</th>
            </tr>
          </thead>
          <tbody>
            {KINDS.map(({ kind, label }) => (
              <tr key={kind}>
                <th scope="row">{label}</th>
                {(['inApp', 'email'] as const).map((channel) => (
                  <td key={channel}>
                    <input
                      type="checkbox"
                      className="checkbox"
                      aria-label={`${label}: ${channel === 'inApp' ? 'in Hearth' : 'by email'}`}
                      checked={current.kinds[kind][channel]}
                      onChange={(event) => toggle(kind, channel, event.target.checked)}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={update.isPending}>
          Save notification settings
        </button>
        <LiveMessage className="form-status">
          {update.isSuccess ? 'Notification settings saved.' : ''}
        </LiveMessage>
      </div>
    </form>
  );
}

export function NotificationsSection() {
  const preferences = useNotificationPreferences();
  const location = useLocation();
  const heading = useRef<HTMLHeadingElement>(null);

  // Links from the bell and from emails lead to /account#notifications: bring the section into view
  // (on the next frame, after the shell has moved focus to the page's heading).
  useEffect(() => {
    if (location.hash !== '#notifications') return;
    const frame = window.requestAnimationFrame(() => {
      heading.current?.focus({ preventScroll: true });
      heading.current?.scrollIntoView({ block: 'start' });
    });
    return () => window.cancelAnimationFrame(frame);
  }, [location.hash]);

  return (
    <section className="card section" aria-labelledby="notifications" data-testid="notifications-section">
      <h2 id="notifications" tabIndex={-1} ref={heading}>
        Notifications
      </h2>
      <p className="section-intro">
        How you hear about replies, mentions, accepted answers and direct messages, and about the
        conversations in the inbox.
      </p>
      {preferences.isPending ? <Loading label="Loading your notification settings…" /> : null}
      {preferences.isError ? (
        <QueryError error={preferences.error} onRetry={() => void preferences.refetch()} />
      ) : null}
      {preferences.data ? <PreferencesForm saved={preferences.data} /> : null}
    </section>
  );
}
