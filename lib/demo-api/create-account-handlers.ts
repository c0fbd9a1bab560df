import { notFound } from './api-problem';
import type { Store, SubscriptionRecord } from './create-store';
import { presentSubscription } from './present-resources';
import { ensureRoomForRecord } from './storage-limits';
import type { Handler } from './types';

export function createAccountHandlers(store: Store): Record<string, Handler> {
  return {
    getMe: () => ({ status: 200, json: { ...store.account } }),

    listWebhookSubscriptions: () => ({ status: 200, json: { data: [...store.subscriptions.values()].map(presentSubscription) } }),

    createWebhookSubscription(ctx) {
      const input = ctx.body as { url: string; events: string[]; secret?: string };
      ensureRoomForRecord(store.subscriptions, 'webhook subscriptions', 'DELETE /webhooks/{subscriptionId}', store.limits);
      // Read-only fields a client may echo back (id, createdAt) are ignored, as the spec's readOnly says.
      const created: SubscriptionRecord = { id: store.nextId('wh'), url: input.url, events: input.events, secret: input.secret ?? null, createdAt: store.now() };
      store.subscriptions.set(created.id, created);
      return { status: 201, json: presentSubscription(created), headers: { Location: `/webhooks/${created.id}` } };
    },

    deleteWebhookSubscription(ctx) {
      const id = ctx.path.subscriptionId;
      if (!store.subscriptions.delete(id)) throw notFound('webhook subscription', id);
      return { status: 204 };
    },
  };
}
