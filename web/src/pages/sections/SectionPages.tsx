// The command center's sections, before their features exist: an honest description of what
// will appear, and no fake data or buttons.
import { PageHeader } from '../../components/Bits.tsx';

interface ComingSoonProps {
  title: string;
  what: string;
  testId: string;
}

function ComingSoon({ title, what, testId }: ComingSoonProps) {
  return (
    <section data-testid={testId}>
      <PageHeader title={title} />
      <div className="empty-state">
        <p className="empty-state-what">{what}</p>
        <p className="empty-state-status">
          <span className="badge badge-neutral">Not available yet</span> This section is being built; there is
          nothing to do here for now.
        </p>
      </div>
    </section>
  );
}

export function MembersPage() {
  return (
    <ComingSoon
      title="Members"
      testId="members-page"
      what="Every member's profile across channels will appear here: their timeline, notes, tags and lifecycle stage, from newcomer to regular, advocate or at risk."
    />
  );
}
