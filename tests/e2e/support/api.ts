import type { KenesServer } from './kenes-server';

/**
 * One call to the running Kenes through its HTTP transport, as the browser client makes
 * it: for set-up that other screens and tests already cover.
 */
export const callKenes = async <T>(kenes: KenesServer, channel: string, input: unknown = {}): Promise<T> => {
  const response = await fetch(`${kenes.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${kenes.token}` },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as
    { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!result.ok) throw new Error(`${channel} refused: ${result.error.message}`);
  return result.value;
};
