import { coreErrors } from '../core/errors.ts';
import { policyErrors } from '../core/policy.ts';
import { httpErrors } from '../http/errors.ts';
import type { HearthModule } from '../http/module.ts';
import { accountsModule, existingGroupIds, userExists, userNames } from './accounts/index.ts';
import { spacesModule } from './spaces/index.ts';
import { forumModule } from './forum/index.ts';
import { notificationsModule } from './notifications/index.ts';
import { inboxModule } from './inbox/index.ts';
import { listeningModule } from './listening/index.ts';
import { membersModule } from './members/index.ts';
import { ideasModule } from './ideas/index.ts';
import { onboardingModule } from './onboarding/index.ts';
import { privacyModule } from './privacy/index.ts';
import { auditModule } from './audit/index.ts';
import { systemModule } from './system/index.ts';

/** Every capability Hearth runs, in registration order. A new module is one line here. */
export const modules: readonly HearthModule[] = [
  systemModule,
  accountsModule,
  auditModule(userNames),
  spacesModule({ userExists, existingGroupIds }),
  forumModule(),
  notificationsModule,
  inboxModule,
  listeningModule,
  membersModule,
  ideasModule,
  onboardingModule,
  privacyModule(() => modules),
];

/** Every error code Hearth can answer with; docs/errors.md is generated from this list. */
export const errorCatalogues = [
  coreErrors,
  policyErrors,
  httpErrors,
  ...modules.flatMap((module) => module.errors),
];
