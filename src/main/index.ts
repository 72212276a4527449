import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, session, shell, type WebFrameMain } from 'electron';
import { startRuntime, type Runtime } from './runtime';
import { channels } from '../shared/api';
import { makeApiError } from '../shared/i18n/describe';
import { readSettings } from './services/settings';
import { CONTENT_SECURITY_POLICY } from './security/csp';
import { isSafeExternalUrl } from './security/urls';
import { describeOpenFailure } from './store/open-failure';
import { DATABASE_FILE } from './store/workspace';

/**
 * The desktop shell's composition root: open the workspace, register one IPC
 * handler per contract call, create the window. No business logic here.
 */
let runtime: Runtime | undefined;
let mainWindow: BrowserWindow | undefined;

const rendererUrl = process.env.ELECTRON_RENDERER_URL;
const rendererFile = path.join(import.meta.dirname, '..', 'renderer', 'index.html');

/** Only the main frame of our own window, showing our own page, may call the API. */
const isTrustedSender = (frame: WebFrameMain | null): boolean => {
  if (!frame || !mainWindow || frame !== mainWindow.webContents.mainFrame) return false;
  const url = new URL(frame.url);
  if (rendererUrl) return url.origin === new URL(rendererUrl).origin;
  return (
    url.protocol === 'file:' &&
    path.normalize(decodeURIComponent(url.pathname)) === path.normalize(rendererFile)
  );
};

const registerIpc = (rt: Runtime): void => {
  for (const channel of channels) {
    ipcMain.handle(channel, (event, input: unknown) => {
      if (!isTrustedSender(event.senderFrame)) {
        return { ok: false, error: makeApiError(readSettings(rt.ctx.db).language, 'forbidden') };
      }
      return rt.dispatch(channel, input);
    });
  }
};

const createWindow = (): BrowserWindow => {
  const win = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    title: 'Kenes',
    show: false,
    webPreferences: {
      preload: path.join(import.meta.dirname, '..', 'preload', 'index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  win.once('ready-to-show', () => win.show());
  if (rendererUrl) void win.loadURL(rendererUrl);
  else void win.loadFile(rendererFile);
  return win;
};

/** No new windows, no navigation away, no webviews; http(s) links open in the system browser. */
const lockDownContents = (): void => {
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(({ url }) => {
      if (isSafeExternalUrl(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
};

const start = async (): Promise<void> => {
  lockDownContents();
  await app.whenReady();
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  // KENES_DATA_DIR lets tests and power users point the window at another workspace.
  const dataDir = process.env.KENES_DATA_DIR ?? app.getPath('userData');
  try {
    runtime = startRuntime(dataDir, process.env.KENES_SQLITE_BINDING);
  } catch (error) {
    dialog.showErrorBox(
      'Kenes',
      describeOpenFailure(app.getLocale(), error, path.join(dataDir, DATABASE_FILE)),
    );
    app.exit(1);
    return;
  }
  // Attachments open in the system viewer; the service hands over only a checked PDF or image copy.
  runtime.ctx.openPath = (file) => shell.openPath(file);
  registerIpc(runtime);
  mainWindow = createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
  });
};

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
app.on('will-quit', () => runtime?.close());

void start();
