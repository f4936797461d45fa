// Groups (Admin › Groups): named sets of people that spaces can admit next to roles.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { api, seg } from './client.ts';
import { queryKeys } from './keys.ts';
import type { Group, GroupInput, GroupMember, Items } from './types.ts';

/** Every group, by name, with how many people are in it; `enabled` false skips the request. */
export function useGroups(enabled = true) {
  return useQuery({
    queryKey: queryKeys.groupList,
    queryFn: async ({ signal }) => (await api.get<Items<Group>>('/api/admin/groups', { signal })).items,
    enabled,
  });
}

/** Puts the server's copy of a group into the cached list, then refetches it. */
async function applyGroup(client: QueryClient, group: Group) {
  client.setQueryData<Group[]>(queryKeys.groupList, (items) => {
    if (!items) return items;
    const known = items.some((item) => item.id === group.id);
    return known ? items.map((item) => (item.id === group.id ? group : item)) : [...items, group];
  });
  await client.invalidateQueries({ queryKey: queryKeys.groupList });
}

export function useCreateGroup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: GroupInput) => api.post<{ group: Group }>('/api/admin/groups', input),
    onSuccess: ({ group }) => applyGroup(client, group),
  });
}

export function useUpdateGroup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...changes }: Partial<GroupInput> & { id: string }) =>
      api.patch<{ group: Group }>(`/api/admin/groups/${seg(id)}`, changes),
    onSuccess: ({ group }) => applyGroup(client, group),
  });
}

export function useDeleteGroup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (group: Group) => api.delete<undefined>(`/api/admin/groups/${seg(group.id)}`),
    onSuccess: async (_result, group) => {
      client.setQueryData<Group[]>(queryKeys.groupList, (items) =>
        items?.filter((item) => item.id !== group.id),
      );
      client.removeQueries({ queryKey: queryKeys.groupMembers(group.id) });
      // Spaces that admitted the group no longer do.
      await Promise.all([
        client.invalidateQueries({ queryKey: queryKeys.groupList }),
        client.invalidateQueries({ queryKey: queryKeys.spaces }),
      ]);
    },
  });
}

/** The people in a group, by name; `enabled` false skips the request (e.g. a closed panel). */
export function useGroupMembers(groupId: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.groupMembers(groupId),
    queryFn: async ({ signal }) =>
      (await api.get<Items<GroupMember>>(`/api/admin/groups/${seg(groupId)}/members`, { signal })).items,
    enabled,
  });
}

/** Stores the members list the server answered with; the member counts change too. */
async function applyMembers(client: QueryClient, groupId: string, members: Items<GroupMember>) {
  client.setQueryData(queryKeys.groupMembers(groupId), members.items);
  client.setQueryData<Group[]>(queryKeys.groupList, (items) =>
    items?.map((item) => (item.id === groupId ? { ...item, memberCount: members.items.length } : item)),
  );
  await client.invalidateQueries({ queryKey: queryKeys.groupList });
}

export function useAddGroupMember() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { groupId: string; userId: string }) =>
      api.post<Items<GroupMember>>(`/api/admin/groups/${seg(input.groupId)}/members`, {
        userId: input.userId,
      }),
    onSuccess: (members, input) => applyMembers(client, input.groupId, members),
  });
}

export function useRemoveGroupMember() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { groupId: string; userId: string }) =>
      api.delete<Items<GroupMember>>(`/api/admin/groups/${seg(input.groupId)}/members/${seg(input.userId)}`),
    onSuccess: (members, input) => applyMembers(client, input.groupId, members),
  });
}
