import { browser } from 'wxt/browser';
import type { Envelope, Replies, RequestData, RequestType } from './messages';

/** Sends a typed request to the background and returns its value, or throws its error. */
export async function request<T extends RequestType>(type: T, data: RequestData<T>): Promise<Replies[T]> {
  const envelope: Envelope = { claimlens: type, data };
  const reply = (await browser.runtime.sendMessage(envelope)) as
    { ok: true; value: Replies[T] } | { ok: false; error: string } | undefined;
  if (!reply) throw new Error('no answer from the ClaimLens background');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
