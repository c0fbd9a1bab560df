import type { ConsoleModel, FieldDraft } from '@/lib/tryit/build-console-model';
import type { BodyDraft } from '@/lib/tryit/drafts-to-values';
import { decodeSharedRequest, encodeSharedRequest, toSharedRequest, type SharedRequest } from '@/lib/tryit/share-request';
import { MOCK_SERVER_INDEX } from './mock-sender';

/** The request in the page's `#try=` fragment, when it is for this operation. */
export function sharedRequestFor(slug: string): SharedRequest | undefined {
  const shared = decodeSharedRequest(window.location.hash);
  return shared?.operation === slug ? shared : undefined;
}

/** The server a link names, if this console has it: the mock, or a server of the spec by index. */
export function sharedServerIndex(shared: SharedRequest | undefined, serverCount: number): number | undefined {
  if (shared?.server === 'mock') return MOCK_SERVER_INDEX;
  return typeof shared?.server === 'number' && shared.server < serverCount ? shared.server : undefined;
}

/** Which body editor a link fills: the one of its media type, else the first. */
export function sharedBodyIndex(model: ConsoleModel, shared: SharedRequest | undefined): number {
  const index = shared?.body ? model.bodies.findIndex((body) => body.mediaType === shared.body?.mediaType) : -1;
  return Math.max(0, index);
}

export function withSharedBody(bodies: BodyDraft[], shared: SharedRequest | undefined): BodyDraft[] {
  const body = shared?.body;
  if (!body) return bodies;
  return bodies.map((draft) => {
    if (draft.mediaType !== body.mediaType) return draft;
    if ('text' in draft && 'text' in body) return { mediaType: draft.mediaType, text: body.text };
    if ('form' in draft && 'form' in body) return { mediaType: draft.mediaType, form: { ...body.form } };
    return draft;
  });
}

/** This page's address with the console's request in the fragment. */
export function shareLink(slug: string, drafts: Record<string, FieldDraft | undefined>, body: BodyDraft | undefined, serverIndex: number): string {
  const server = serverIndex === MOCK_SERVER_INDEX ? 'mock' : serverIndex >= 0 ? serverIndex : undefined;
  const { origin, pathname, search } = window.location;
  return `${origin}${pathname}${search}${encodeSharedRequest(toSharedRequest(slug, drafts, body, server))}`;
}
