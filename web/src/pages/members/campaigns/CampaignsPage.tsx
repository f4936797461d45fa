import { Link } from 'react-router';
import { useCampaigns } from '../../../api/members-outreach.ts';
import type { Campaign } from '../../../api/members-outreach.ts';
import { PageHeader, Time } from '../../../components/Bits.tsx';
import { DataTable } from '../../../components/DataTable.tsx';
import { LiveMessage } from '../../../components/Feedback.tsx';
import { useFlash } from '../../inbox-admin/flash.ts';
import { ListStates } from '../../inbox-admin/ListPage.tsx';
import { DeliveryBar } from './DeliveryBar.tsx';
import { campaignPath, newCampaignPath } from './paths.ts';

function CampaignRow({ campaign }: { campaign: Campaign }) {
  return (
    <tr data-testid="campaign-row" data-campaign-id={campaign.id}>
      <th scope="row" data-label="Name" className="cell-primary cell-break">
        <Link to={campaignPath(campaign)}>{campaign.name}</Link>
      </th>
      <td data-label="Sent">
        <Time iso={campaign.createdAt} relative />
        {campaign.createdBy ? <span className="muted small"> by {campaign.createdBy.name}</span> : null}
      </td>
      <td data-label="Delivery">
        <DeliveryBar counts={campaign.counts} />
      </td>
    </tr>
  );
}

/** Members › Campaigns: the messages sent to segments, newest first, with where their emails are. */
export function CampaignsPage() {
  const campaigns = useCampaigns();
  const [message] = useFlash();
  const rows = campaigns.data ?? [];
  return (
    <section data-testid="campaigns-page">
      <PageHeader
        title="Campaigns"
        documentTitle="Campaigns · Members"
        description="One email to everyone a segment selects, each tracked to delivery. Members who opted out are skipped, and every email says how to stop them."
        actions={
          <Link className="button button-primary" to={newCampaignPath()}>
            New campaign
          </Link>
        }
      />
      <LiveMessage className="page-status">{message}</LiveMessage>
      <ListStates
        query={campaigns}
        loading="Loading campaigns…"
        empty="No campaigns yet. Choose a segment on the members list and message it, or start a new campaign here."
      />
      {rows.length > 0 ? (
        <DataTable
          caption="Campaigns, newest first"
          columns={['Name', 'Sent', 'Delivery']}
          testId="campaigns-table"
          busy={campaigns.isFetching}
        >
          {rows.map((campaign) => (
            <CampaignRow key={campaign.id} campaign={campaign} />
          ))}
        </DataTable>
      ) : null}
    </section>
  );
}
