import { expect } from 'vitest';
import { signedIn, type Persona } from '../../../../test/support/personas.ts';
import type { TestClient } from '../../../../test/support/test-client.ts';
import type { TestHearth } from '../../../../test/support/test-hearth.ts';
import type { Role } from '../../../core/roles.ts';
import type { IdeaDto } from '../schemas.ts';

export interface Someone {
  client: TestClient;
  persona: Persona;
}

export async function someone(hearth: TestHearth, role: Role): Promise<Someone> {
  const client = hearth.client();
  const persona = await signedIn(hearth.ctx, client, role);
  return { client, persona };
}

let boards = 0;

/** A fresh ideas space (an admin creates it the way the admin pages do); returns its slug. */
export async function newBoard(admin: TestClient, kind = 'ideas'): Promise<string> {
  const slug = `ideas-${++boards}-${Math.random().toString(36).slice(2, 7)}`;
  const response = await admin.post('/api/admin/spaces', { name: `Board ${boards}`, slug, kind });
  expect(response.status, response.body).toBe(201);
  return slug;
}

export async function submit(client: TestClient, slug: string, title: string, body = ''): Promise<IdeaDto> {
  const response = await client.post(`/api/spaces/${slug}/ideas`, { title, body });
  expect(response.status, response.body).toBe(201);
  return response.json<IdeaDto>();
}

export async function vote(client: TestClient, id: string): Promise<IdeaDto> {
  const response = await client.put(`/api/ideas/${id}/vote`);
  expect(response.status, response.body).toBe(200);
  return response.json<IdeaDto>();
}

export interface NotificationList {
  items: { kind: string; title: string; link: string | null }[];
}

export async function notificationsOf(client: TestClient): Promise<NotificationList['items']> {
  return (await client.get('/api/notifications')).json<NotificationList>().items;
}

export interface TimelineItem {
  kind: string;
  title: string;
  link: string | null;
  facts: Record<string, unknown>;
}

export async function timelineOf(staff: TestClient, memberId: string): Promise<TimelineItem[]> {
  const response = await staff.get(`/api/members/${memberId}/timeline`);
  expect(response.status, response.body).toBe(200);
  return response.json<{ items: TimelineItem[] }>().items;
}
