/**
 * "Cases changed" signal between the background and extension pages (same origin):
 * the background posts after captures; the dashboard posts after its own writes so the
 * background refreshes the toolbar badge, and reloads when the background posts.
 */
const CHANNEL = 'tactful-cases';

export function announceCasesChanged(): void {
  try {
    const channel = new BroadcastChannel(CHANNEL);
    channel.postMessage('changed');
    channel.close();
  } catch {
    // BroadcastChannel is missing in very old browsers: pages then refresh on focus.
  }
}

export function onCasesChanged(callback: () => void): () => void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = () => callback();
  return () => channel.close();
}
