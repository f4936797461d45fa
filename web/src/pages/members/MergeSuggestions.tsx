import { useMergeMember, useMergeSuggestions } from '../../api/members.ts';
import type { Member, MemberSummary, MergeSuggestion } from '../../api/members.ts';
import { errorMessage, QueryError } from '../../components/Feedback.tsx';
import { NameLastActive } from './LastActive.tsx';

const REASON_MAX = 500;

/** The merge's reason, kept with it: why Hearth suggested it ("Suggested: the same name (…); …"). */
function mergeReason(suggestion: MergeSuggestion): string {
  return `Suggested: ${suggestion.reasons.join('; ')}.`.slice(0, REASON_MAX);
}

function sentence(reason: string): string {
  return reason.charAt(0).toUpperCase() + reason.slice(1);
}

interface MergeSuggestionsProps {
  member: Member;
  /** Once merged: the member merged in (as after a merge from the dialog). */
  onMerged: (from: MemberSummary) => void;
}

/**
 * Members who look like the same person, each with the reasons and a button that merges them in at
 * once (merges can be undone). Nothing at all when Hearth sees nobody; only for those who may merge.
 */
export function MergeSuggestions({ member, onMerged }: MergeSuggestionsProps) {
  const suggestions = useMergeSuggestions(member.id);
  const merge = useMergeMember(member.id);
  if (suggestions.isError) {
    return (
      <section className="card member-card" data-testid="merge-suggestions">
        <h2 className="card-title">Possibly the same person</h2>
        <QueryError error={suggestions.error} onRetry={() => void suggestions.refetch()} />
      </section>
    );
  }
  const items = suggestions.data ?? [];
  if (items.length === 0) return null;
  const failed = merge.isError ? merge.variables.id : null;
  return (
    <section className="card member-card" data-testid="merge-suggestions">
      <h2 className="card-title">Possibly the same person</h2>
      <ul className="member-merge-list">
        {items.map((suggestion) => {
          const other = suggestion.member;
          return (
            <li key={other.id} data-testid="merge-suggestion" data-member-id={other.id}>
              <p>
                <NameLastActive member={other} />
              </p>
              <ul
                className="member-suggestion-reasons small"
                aria-label={`Why ${other.name} may be the same person`}
              >
                {suggestion.reasons.map((reason) => (
                  <li key={reason} data-testid="merge-suggestion-reason">
                    {sentence(reason)}
                  </li>
                ))}
              </ul>
              <button
                type="button"
                className="button button-small"
                aria-label={`Merge ${other.name} into this member`}
                disabled={merge.isPending}
                aria-busy={(merge.isPending && merge.variables.id === other.id) || undefined}
                onClick={() =>
                  merge.mutate(
                    { id: other.id, reason: mergeReason(suggestion) },
                    { onSuccess: () => onMerged(other) },
                  )
                }
              >
                Merge into this member
              </button>
              {failed === other.id ? (
                <p className="field-error" role="alert">
                  {errorMessage(merge.error)}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
