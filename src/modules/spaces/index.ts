import type { Db } from '../../db/index.ts';
import type { HearthModule } from '../../http/module.ts';
import { spaceErrors } from './errors.ts';
import { spaceRoutes } from './routes.ts';

export {
  canModerateSpace,
  canPostInSpace,
  canReadSpace,
  canReplyInSpace,
  isSiteModerator,
} from './policy.ts';
export { insertDemoSpaces } from './demo-spaces.ts';
export {
  forgetGroup,
  loadSpace,
  listSpaces,
  moderatorsOf,
  spaceIdsOfKind,
  spacesByIds,
  type SpaceRow,
  type SpaceWithModerators,
} from './queries.ts';
export { spaceKinds, type SpaceKind } from './schemas.ts';
export { spaceErrors } from './errors.ts';
export type { SpaceDto } from './dto.ts';

/** Who exists (people, groups) comes from the accounts module, passed in so this module reads only its own tables. */
export interface PeopleDirectory {
  userExists(db: Db, userId: string): Promise<boolean>;
  existingGroupIds(db: Db, ids: string[]): Promise<Set<string>>;
}

export function spacesModule(people: PeopleDirectory): HearthModule {
  return {
    name: 'spaces',
    errors: [spaceErrors],
    routes: (app, ctx) =>
      spaceRoutes(app, ctx, {
        userExists: (userId) => people.userExists(ctx.database.db, userId),
        existingGroupIds: (ids) => people.existingGroupIds(ctx.database.db, ids),
      }),
  };
}
