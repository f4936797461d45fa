// Every table, for drizzle-kit to generate migrations from. Modules own their tables.ts;
// application code imports a table only from its own module.
export * from '../modules/accounts/tables.ts';
export * from '../modules/audit/tables.ts';
export * from '../modules/system/tables.ts';
export * from '../modules/spaces/tables.ts';
export * from '../modules/forum/tables.ts';
export * from '../modules/notifications/tables.ts';
export * from '../modules/inbox/tables.ts';
export * from '../modules/listening/tables.ts';
export * from '../modules/members/tables.ts';
export * from '../modules/ideas/tables.ts';
export * from '../modules/onboarding/tables.ts';
