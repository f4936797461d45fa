import { afterAll, beforeAll } from 'vitest';
import { clientsByWho, describeRoleMatrix, type MatrixAction, type Who } from '../support/role-matrix.ts';
import type { TestClient } from '../support/test-client.ts';
import { startTestHearth, type TestHearth } from '../support/test-hearth.ts';

/**
 * Onboarding's persona × action table: admins and community managers make invitation links and
 * batches of printed codes; only admins manage stores (they hold signing secrets and make
 * members). Everyone else, signed in or not, is refused.
 */
const inviters: Who[] = ['admin', 'manager'];
const storeAdmins: Who[] = ['admin'];

interface Context {
  batchId: string;
  storeId: string;
}

let next = 0;
const actions: MatrixAction<Context>[] = [
  { name: 'list invitation links', allowed: inviters, run: (c) => c.get('/api/admin/invitations') },
  {
    name: 'create an invitation link',
    allowed: inviters,
    run: (c) => c.post('/api/admin/invitations', { maxUses: 25, label: 'Newsletter' }),
  },
  { name: 'list code batches', allowed: inviters, run: (c) => c.get('/api/admin/invitation-batches') },
  {
    name: 'create a code batch',
    allowed: inviters,
    run: (c) => c.post('/api/admin/invitation-batches', { name: `Run ${++next}`, count: 2 }),
  },
  {
    name: 'revoke a code batch',
    allowed: inviters,
    run: (c, x) => c.delete(`/api/admin/invitation-batches/${x.batchId}`),
  },
  { name: 'list stores', allowed: storeAdmins, run: (c) => c.get('/api/onboarding/stores') },
  {
    name: 'create a store',
    allowed: storeAdmins,
    run: (c) => c.post('/api/onboarding/stores', { name: `Shop ${++next}` }),
  },
  {
    name: "rotate a store's secret",
    allowed: storeAdmins,
    run: (c, x) => c.post(`/api/onboarding/stores/${x.storeId}/secret`),
  },
  {
    name: "read a store's orders",
    allowed: storeAdmins,
    run: (c, x) => c.get(`/api/onboarding/stores/${x.storeId}/purchases`),
  },
];

let hearth: TestHearth;
let clients = new Map<Who, TestClient>();
const context: Context = { batchId: '', storeId: '' };

beforeAll(async () => {
  hearth = await startTestHearth();
  clients = await clientsByWho(hearth);
  const admin = clients.get('admin') as TestClient;
  const batch = await admin.post('/api/admin/invitation-batches', { name: 'Matrix run', count: 3 });
  context.batchId = batch.json<{ batch: { id: string } }>().batch.id;
  const store = await admin.post('/api/onboarding/stores', { name: 'Matrix shop' });
  context.storeId = store.json<{ store: { id: string } }>().store.id;
});
afterAll(() => hearth.dispose());

describeRoleMatrix('onboarding role matrix', actions, () => ({ clients, context }));
