import type { UseQueryResult } from '@tanstack/react-query';
import type { SavedReply } from '../../api/inbox-types.ts';
import { SelectField } from '../../components/Field.tsx';

interface SavedReplyPickerProps {
  replies: UseQueryResult<SavedReply[]>;
  onPick: (replyId: string) => void;
}

/** Choosing a saved reply inserts it, names filled in; the picker resets so it can be used again. */
export function SavedReplyPicker({ replies, onPick }: SavedReplyPickerProps) {
  const items = replies.data ?? [];
  const placeholder = replies.isPending
    ? 'Loading saved replies…'
    : items.length === 0
      ? 'No saved replies yet'
      : 'Insert a saved reply…';
  return (
    <SelectField
      label="Saved reply"
      className="select-compact"
      value=""
      disabled={items.length === 0}
      hint="Variables such as {{member.first_name}} are filled in for this conversation."
      onChange={(event) => {
        if (event.target.value) onPick(event.target.value);
      }}
    >
      <option value="">{placeholder}</option>
      {items.map((reply) => (
        <option key={reply.id} value={reply.id}>
          {reply.title}
        </option>
      ))}
    </SelectField>
  );
}
