import { useMemo } from 'react';
import { useInboxTeams } from '../../api/inbox.ts';
import { useAgents } from '../../api/inbox-people.ts';
import type { InboxAgent } from '../../api/inbox-people.ts';
import type { InboxTeam } from '../../api/inbox-types.ts';
import type { Me } from '../../api/types.ts';

export type Colleague = Pick<InboxAgent, 'id' | 'name' | 'handle' | 'available'>;

export interface Directory {
  teams: InboxTeam[];
  /** Everyone who works the inbox, and me: the assignee, escalation and @mention pickers, and timeline names. */
  people: Map<string, Colleague>;
  /** People by name, for the pickers. */
  sorted: Colleague[];
  teamName: (id: unknown) => string | undefined;
  personName: (id: unknown) => string | undefined;
}

/** The inbox's people (GET /api/inbox/agents, not only team members) and teams. */
export function useDirectory(me: Me): Directory {
  const teams = useInboxTeams();
  const agents = useAgents();
  return useMemo(() => {
    const list = teams.data ?? [];
    // Me first, so I can take a conversation even before (or without) the agents list.
    const people = new Map<string, Colleague>([[me.id, { id: me.id, name: me.name, handle: me.handle }]]);
    for (const agent of agents.data ?? []) people.set(agent.id, agent);
    const teamNames = new Map(list.map((team) => [team.id, team.name]));
    return {
      teams: list,
      people,
      sorted: [...people.values()].sort((a, b) => a.name.localeCompare(b.name)),
      teamName: (id) => (typeof id === 'string' ? teamNames.get(id) : undefined),
      personName: (id) => (typeof id === 'string' ? people.get(id)?.name : undefined),
    };
  }, [teams.data, agents.data, me.id, me.name, me.handle]);
}

/** "Ada Lovelace (away)" for someone who is not taking conversations now. */
export function withAway(person: Colleague, name = person.name): string {
  return person.available === false ? `${name} (away)` : name;
}
