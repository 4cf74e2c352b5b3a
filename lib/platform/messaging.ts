import { browser } from 'wxt/browser';
import type { Request, RequestType, ResponseMap, Response, ErrorCode } from '../protocol';

export class BackgroundError extends Error {
  constructor(
    readonly code: ErrorCode | 'unreachable',
    message: string,
  ) {
    super(message);
    this.name = 'BackgroundError';
  }
}

/**
 * Sends one protocol message to the background and returns its data, or throws a
 * BackgroundError with the background's explanation.
 */
export async function send<T extends RequestType>(message: Extract<Request, { type: T }>): Promise<ResponseMap[T]> {
  let response: Response<T> | undefined;
  try {
    response = (await browser.runtime.sendMessage(message)) as Response<T> | undefined;
  } catch (err) {
    // Happens after the extension is updated or reloaded while the page stays open.
    throw new BackgroundError(
      'unreachable',
      `Tactful's background is not reachable (${err instanceof Error ? err.message : String(err)}). Reload the page.`,
    );
  }
  if (!response) throw new BackgroundError('unreachable', "Tactful's background did not answer. Reload the page.");
  if (!response.ok) throw new BackgroundError(response.error.code, response.error.message);
  return response.data;
}
