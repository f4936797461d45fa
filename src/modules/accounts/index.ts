import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../context.ts';
import type { HearthModule } from '../../http/module.ts';
import { readBearerToken, readSessionCookie } from '../../http/cookies.ts';
import { accountErrors } from './errors.ts';
import { adminRoutes } from './routes/admin.ts';
import { authRoutes } from './routes/auth.ts';
import { groupRoutes } from './routes/groups.ts';
import { invitationRoutes } from './routes/invitations.ts';
import { meRoutes } from './routes/me.ts';
import { authenticate } from './use-cases/authenticate.ts';
import { passwordResetJobDefinition } from './use-cases/password-reset.ts';
import { accountPrivacy } from './privacy.ts';

export { accountPolicy } from './policy.ts';
export { accountFacts, type AccountFact } from './facts.ts';
export { hashPassword } from './passwords.ts';
export {
  insertUser,
  countUsers,
  findUserByEmail,
  findUserById,
  lockRoleChanges,
  userExists,
  namesOf as userNames,
  cardsOf as userCards,
  cardsByHandles as userCardsByHandles,
  cardsByRoles as userCardsByRoles,
  idsByEmails as userIdsByEmail,
  type UserCard,
} from './queries/users.ts';
export { existingGroupIds } from './queries/groups.ts';
export { actorOf } from './card-actor.ts';
export { startSession } from './use-cases/session-tokens.ts';
export { authenticate } from './use-cases/authenticate.ts';
export { signUp } from './use-cases/sign-up.ts';
export { inviteByEmail } from './use-cases/issue-invitation.ts';
export { createInvitation } from './use-cases/invitations.ts';
export { createInvitationBatch } from './use-cases/invitation-batches.ts';
export { createBatchSchema } from './invitation-schemas.ts';
export { makeAdminFromConsole } from './use-cases/make-admin.ts';
export type { MeDto, AdminUserDto } from './dto.ts';

export const accountsModule: HearthModule = {
  name: 'accounts',
  errors: [accountErrors],
  privacy: accountPrivacy,
  jobs: (ctx) => [passwordResetJobDefinition(ctx)],
  routes(app, ctx) {
    authRoutes(app, ctx);
    meRoutes(app, ctx);
    adminRoutes(app, ctx);
    groupRoutes(app, ctx);
    invitationRoutes(app, ctx);
  },
};

/** The request authenticator the HTTP layer calls on every /api request. */
export function requestAuthenticator(ctx: AppContext) {
  return (request: FastifyRequest) =>
    authenticate(ctx, { sessionToken: readSessionCookie(request), bearerToken: readBearerToken(request) });
}
