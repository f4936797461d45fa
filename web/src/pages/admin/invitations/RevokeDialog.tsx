import type { ReactNode } from 'react';
import { ConfirmMutationDialog } from '../../../components/Dialog.tsx';
import type { TargetMutation } from '../../../components/Dialog.tsx';

/** Confirms revoking a link or a batch; focus goes back to the page heading afterwards. */
export function RevokeDialog<T>(props: {
  target: T;
  mutation: TargetMutation<T>;
  onClose: () => void;
  title: string;
  description: ReactNode;
  confirmLabel: string;
}) {
  return (
    <ConfirmMutationDialog
      {...props}
      danger
      fallbackFocus={() => document.querySelector<HTMLElement>('#main h1')}
    />
  );
}
