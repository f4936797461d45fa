import { useState } from 'react';
import type { FormEvent } from 'react';
import { useClientChecks } from '../../../components/Feedback.tsx';

interface CreateMutation<I, R> {
  mutate: (input: I, options: { onSuccess: (result: R) => void }) => void;
  reset: () => void;
}

/** A draft checked in the browser (fields named like the API's), then sent; the answer is kept to show once. */
export function useDraftForm<D, I, R>(
  mutation: CreateMutation<I, R>,
  empty: D,
  check: (draft: D) => { errors: Record<string, string>; input: I | null },
) {
  const checks = useClientChecks(mutation);
  const [draft, setDraft] = useState<D>(empty);
  const [created, setCreated] = useState<R | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { errors, input } = check(draft);
    if (!checks.passes(event, errors) || !input) return;
    mutation.mutate(input, {
      onSuccess: (result) => {
        setCreated(result);
        setDraft(empty);
      },
    });
  }

  return {
    draft,
    set: (patch: Partial<D>) => setDraft((current) => ({ ...current, ...patch })),
    checks,
    created,
    clearCreated: () => setCreated(null),
    onSubmit,
  };
}
