import { useState } from 'react';
import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMatchCount, useSendCampaign } from '../../../api/members-outreach.ts';
import type { CampaignInput } from '../../../api/members-outreach.ts';
import type { MemberListFilters } from '../../../api/members.ts';
import { PageHeader } from '../../../components/Bits.tsx';
import { ConfirmDialog } from '../../../components/Dialog.tsx';
import { fieldError, FormError, useClientChecks } from '../../../components/Feedback.tsx';
import { TextAreaField, TextField } from '../../../components/Field.tsx';
import { EditorActions } from '../../../components/FormActions.tsx';
import { useBackWith } from '../../inbox-admin/flash.ts';
import { readMemberFilters } from '../listFilters.ts';
import {
  audienceProblem,
  CampaignAudience,
  campaignTarget,
  membersCount,
  trimmedAudience,
} from './CampaignAudience.tsx';
import { deliveryWords } from './DeliveryBar.tsx';
import { campaignPath } from './paths.ts';

const KNOWN_FIELDS = [
  'name',
  'subject',
  'body',
  'segmentId',
  'filter.q',
  'filter.stage',
  'filter.tag',
  'filter.country',
  'filter.said',
];

/**
 * Members › Campaigns › New: who gets it (a segment and/or a filter, prefilled from the address),
 * what it says, and a last look at how many members it goes to before it is sent.
 */
export function NewCampaignPage() {
  const [params] = useSearchParams();
  const [audience, setAudience] = useState<MemberListFilters>(() => readMemberFilters(params));
  const [name, setName] = useState('');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('Hi {name},\n\n');
  const [confirming, setConfirming] = useState<CampaignInput | null>(null);
  const send = useSendCampaign();
  const { errors, passes } = useClientChecks(send);
  const backWith = useBackWith();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (send.isPending) return;
    const found: Record<string, string> = {};
    if (!name.trim()) found.name = 'Name the campaign.';
    const problem = audienceProblem(trimmedAudience(audience));
    if (problem) found.audience = problem;
    if (!subject.trim()) found.subject = 'Write a subject.';
    if (!body.trim()) found.body = 'Write the message.';
    if (!passes(event, found)) return;
    setConfirming({
      name: name.trim(),
      ...campaignTarget(audience),
      subject: subject.trim(),
      body: body.trim(),
    });
  }

  function confirm(input: CampaignInput) {
    send.mutate(input, {
      onSuccess: (campaign) =>
        backWith(campaignPath(campaign), `Sent “${campaign.name}”: ${deliveryWords(campaign.counts)}.`),
      onSettled: () => setConfirming(null),
    });
  }

  return (
    <section data-testid="new-campaign-page" className="campaign-editor">
      <p className="breadcrumbs">
        <Link to="/members/campaigns">Campaigns</Link> <span aria-hidden="true">›</span> New campaign
      </p>
      <PageHeader
        title="New campaign"
        documentTitle="New campaign · Members"
        description="One email to every member the segment and the filter select, tracked to delivery. Members who opted out are skipped, and every email says how to stop these messages."
      />
      <form className="form" onSubmit={onSubmit} noValidate aria-label="New campaign">
        <FormError error={send.error} knownFields={KNOWN_FIELDS} />
        <TextField
          label="Name"
          name="name"
          hint="For staff only: how the campaign is listed."
          maxLength={120}
          autoComplete="off"
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={fieldError(send.error, 'name', errors.name)}
        />
        <CampaignAudience
          audience={audience}
          onChange={setAudience}
          error={send.error}
          refused={Boolean(errors.audience)}
          disabled={send.isPending}
        />
        <TextField
          label="Subject"
          name="subject"
          maxLength={200}
          autoComplete="off"
          value={subject}
          onChange={(event) => setSubject(event.target.value)}
          error={fieldError(send.error, 'subject', errors.subject)}
        />
        <TextAreaField
          label="Message"
          name="body"
          rows={10}
          maxLength={5_000}
          hint="Plain text or Markdown; {name} becomes each member’s first name."
          value={body}
          onChange={(event) => setBody(event.target.value)}
          error={fieldError(send.error, 'body', errors.body)}
        />
        <EditorActions pending={send.isPending} cancelTo="/members/campaigns">
          Review and send
        </EditorActions>
      </form>
      {confirming ? (
        <ConfirmSend
          input={confirming}
          audience={trimmedAudience(audience)}
          pending={send.isPending}
          onConfirm={() => confirm(confirming)}
          onCancel={() => setConfirming(null)}
        />
      ) : null}
    </section>
  );
}

/** "Send to 12 members?": the count for exactly what is sent, asked once more. */
function ConfirmSend({
  input,
  audience,
  pending,
  onConfirm,
  onCancel,
}: {
  input: CampaignInput;
  audience: MemberListFilters;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const matches = useMatchCount(audience, true);
  const title = matches.data
    ? `Send to ${membersCount(matches.data.count, matches.data.more)}?`
    : `Send “${input.name}”?`;
  return (
    <ConfirmDialog
      title={title}
      description={
        <p>
          Each gets “{input.subject}” by email. Members who opted out are skipped, and so is anyone without an
          email address. This cannot be undone.
        </p>
      }
      confirmLabel="Yes, send it"
      pending={pending}
      onConfirm={onConfirm}
      onCancel={onCancel}
      testId="confirm-campaign"
    />
  );
}
