import type { Tx } from '../../db/index.ts';
import { newId } from '../../core/ids.ts';
import { defaultAudiences } from './policy.ts';
import { insertSpace } from './queries.ts';
import type { SpaceKind } from './schemas.ts';

const demoSpaces: { slug: string; name: string; kind: SpaceKind; description: string }[] = [
  {
    slug: 'announcements',
    name: 'Announcements',
    kind: 'announcements',
    description: 'News from the team: releases, events and changes that affect you.',
  },
  {
    slug: 'questions',
    name: 'Questions & answers',
    kind: 'questions',
    description: 'Ask how to do something; the community and staff answer, and the best answer is marked.',
  },
  {
    slug: 'ideas',
    name: 'Ideas',
    kind: 'ideas',
    description: 'Suggest what we should build next and vote for the ideas you want most.',
  },
  {
    slug: 'complaints',
    name: 'Complaints',
    kind: 'complaints',
    description: 'Something went wrong? Tell us here: only you and our staff can read your post.',
  },
  {
    slug: 'general',
    name: 'General discussion',
    kind: 'discussion',
    description: 'Share tips, show your work and meet other members.',
  },
];

/** The demo community's spaces, created in the demo seed's transaction. */
export async function insertDemoSpaces(tx: Tx, now: Date): Promise<void> {
  for (const [position, space] of demoSpaces.entries()) {
    await insertSpace(tx.db, {
      id: newId(),
      ...space,
      position,
      ...defaultAudiences(space.kind),
      createdAt: now,
      updatedAt: now,
    });
  }
}
