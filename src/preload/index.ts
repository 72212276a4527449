import { contextBridge, ipcRenderer } from 'electron';
import { channels } from '../shared/api';

/**
 * Exposes exactly one function per contract call, and nothing else: the page never
 * sees ipcRenderer, so it cannot send on a channel the contract does not list.
 */
const api: Record<string, (input: unknown) => Promise<unknown>> = {};
for (const channel of channels) {
  api[channel] = (input: unknown) => ipcRenderer.invoke(channel, input);
}

contextBridge.exposeInMainWorld('kenesIpc', Object.freeze(api));
