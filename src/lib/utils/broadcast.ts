/** Says `message` once to the app's other pages listening on `channel` (where the browser can). */
export function broadcast(channel: string, message: unknown): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const sender = new BroadcastChannel(channel);
  sender.postMessage(message);
  sender.close();
}
