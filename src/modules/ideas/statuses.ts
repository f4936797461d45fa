/** An idea's road: new → under review → planned → in progress → shipped, or declined on the way. */
export const ideaStatuses = ['new', 'under_review', 'planned', 'in_progress', 'shipped', 'declined'] as const;
export type IdeaStatus = (typeof ideaStatuses)[number];

export const statusLabels: Record<IdeaStatus, string> = {
  new: 'New',
  under_review: 'Under review',
  planned: 'Planned',
  in_progress: 'In progress',
  shipped: 'Shipped',
  declined: 'Declined',
};

/** Shipped and declined ideas are done: they take no votes and free the votes they had. */
export function isOpen(status: string): boolean {
  return status !== 'shipped' && status !== 'declined';
}

export const sourceKinds = ['conversation', 'mention', 'post'] as const;
export type SourceKind = (typeof sourceKinds)[number];
