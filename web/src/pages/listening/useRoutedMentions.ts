import { useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { listeningKeys, type ListeningItem, type ListeningItemPage } from '../../api/listening.ts';
import { useLiveEvent } from '../../app/live.tsx';

/**
 * A mention's inbox conversation opens a moment after it is stored (a job): the copies already on
 * screen gain their inbox link in place, without refetching (and reordering) the list.
 */
export function useRoutedMentions(): void {
  const client = useQueryClient();
  useLiveEvent('listening.routed', ({ itemId, conversationId }) => {
    const routed = (item: ListeningItem) => (item.id === itemId ? { ...item, conversationId } : item);
    client.setQueriesData<InfiniteData<ListeningItemPage, string>>(
      { queryKey: listeningKeys.streams },
      (data) =>
        data
          ? { ...data, pages: data.pages.map((page) => ({ ...page, items: page.items.map(routed) })) }
          : data,
    );
    client.setQueryData<ListeningItem>(listeningKeys.item(itemId), (item) => (item ? routed(item) : item));
  });
}
