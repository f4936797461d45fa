import { Link, useParams } from 'react-router';
import { useCampaign } from '../../../api/members-outreach.ts';
import type { CampaignDetail, CampaignRecipient } from '../../../api/members-outreach.ts';
import { useMemberSegments } from '../../../api/members.ts';
import { PageLoadError } from '../../../app/StatusPages.tsx';
import { PageHeader, Time } from '../../../components/Bits.tsx';
import { DataTable } from '../../../components/DataTable.tsx';
import { LiveMessage, Loading } from '../../../components/Feedback.tsx';
import { useFlash } from '../../inbox-admin/flash.ts';
import { filterWords, memberPath } from '../labels.ts';
import { hasFilter } from '../listFilters.ts';
import { MessageStatusBadge, whyNotSent } from '../outreach/MessageBits.tsx';
import { DeliveryBar } from './DeliveryBar.tsx';

/** Members › Campaigns › one campaign: what it said, to whom, and where each email is. */
export function CampaignPage() {
  const { campaignId = '' } = useParams();
  const campaign = useCampaign(campaignId);
  if (campaign.isPending) return <Loading label="Loading the campaign…" />;
  if (campaign.isError)
    return (
      <PageLoadError
        error={campaign.error}
        onRetry={() => void campaign.refetch()}
        title="No such campaign"
        documentTitle="Campaign · Members"
        testId="campaign-missing"
        back={<Link to="/members/campaigns">Back to the campaigns</Link>}
      />
    );
  return <CampaignView campaign={campaign.data} />;
}

/** "the segment “Beta testers”, narrowed to the tag “beta”", in words. */
function AudienceWords({ campaign }: { campaign: CampaignDetail }) {
  const segments = useMemberSegments();
  const segment = segments.data?.find((saved) => saved.id === campaign.segmentId);
  const filter = hasFilter(campaign.filter) ? filterWords(campaign.filter) : '';
  if (!campaign.segmentId) return <>Members matching {filter}</>;
  const name = segment ? `the segment “${segment.name}”` : 'a segment';
  return (
    <>
      Members in {name}
      {filter ? ` (${filter})` : ''}
    </>
  );
}

function CampaignView({ campaign }: { campaign: CampaignDetail }) {
  const [message] = useFlash();
  return (
    <section data-testid="campaign-page" data-campaign-id={campaign.id}>
      <p className="breadcrumbs">
        <Link to="/members/campaigns">Campaigns</Link> <span aria-hidden="true">›</span> {campaign.name}
      </p>
      <PageHeader
        title={campaign.name}
        documentTitle={`${campaign.name} · Campaigns`}
        description={
          <>
            Sent <Time iso={campaign.createdAt} />
            {campaign.createdBy ? ` by ${campaign.createdBy.name}` : ''} to{' '}
            <AudienceWords campaign={campaign} />.
          </>
        }
      />
      <LiveMessage className="page-status">{message}</LiveMessage>
      <div className="campaign-summary">
        <section className="card member-card" aria-labelledby="campaign-delivery-heading">
          <h2 className="card-title" id="campaign-delivery-heading">
            Delivery
          </h2>
          <DeliveryBar counts={campaign.counts} />
        </section>
        <section className="card member-card" aria-labelledby="campaign-message-heading">
          <h2 className="card-title" id="campaign-message-heading">
            Message
          </h2>
          <p>
            <strong>{campaign.subject}</strong>
          </p>
          <p className="member-note-body">{campaign.body}</p>
        </section>
      </div>
      <h2 className="campaign-recipients-heading">Recipients</h2>
      {campaign.recipients.length === 0 ? (
        <p className="empty-inline">Nobody was sent this campaign.</p>
      ) : (
        <DataTable
          caption="Each recipient and their email’s delivery"
          columns={['Member', 'To', 'Status', 'Why', 'Sent']}
          testId="campaign-recipients"
        >
          {campaign.recipients.map((recipient) => (
            <RecipientRow key={recipient.id} recipient={recipient} />
          ))}
        </DataTable>
      )}
      {campaign.recipients.length >= 1_000 ? (
        <p className="muted small">The first 1,000 recipients.</p>
      ) : null}
    </section>
  );
}

function RecipientRow({ recipient }: { recipient: CampaignRecipient }) {
  return (
    <tr data-testid="campaign-recipient" data-member-id={recipient.member.id}>
      <th scope="row" data-label="Member" className="cell-primary cell-break">
        <Link to={memberPath(recipient.member)}>{recipient.member.name}</Link>
      </th>
      <td data-label="To" className="cell-break">
        {recipient.toAddress ?? <span className="muted">No address</span>}
      </td>
      <td data-label="Status">
        <MessageStatusBadge status={recipient.status} />
      </td>
      <td data-label="Why" className="cell-break" data-testid="campaign-recipient-detail">
        {whyNotSent(recipient)}
      </td>
      <td data-label="Sent">{recipient.sentAt ? <Time iso={recipient.sentAt} relative /> : null}</td>
    </tr>
  );
}
