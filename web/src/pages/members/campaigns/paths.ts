import type { MemberListFilters } from '../../../api/members.ts';
import { membersSearch } from '../listFilters.ts';

/** The new campaign form, prefilled with a segment and filters ("Message this segment"). */
export function newCampaignPath(filters: MemberListFilters = {}): string {
  return `/members/campaigns/new${membersSearch(filters)}`;
}

export function campaignPath(campaign: { id: string }): string {
  return `/members/campaigns/${encodeURIComponent(campaign.id)}`;
}
