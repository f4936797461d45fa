import type { Role } from './roles.ts';

/** Who is making a request, however they proved it. */
export interface Actor {
  userId: string;
  role: Role;
  name: string;
  /** A browser session can do everything its role allows; an API token only what its scope allows. */
  via: 'session' | 'token';
  sessionId: string | null;
  tokenId: string | null;
  scope: 'read' | 'write' | 'session';
  /** Groups the person belongs to (spaces may admit groups as well as roles); none when absent. */
  groupIds?: readonly string[];
}
