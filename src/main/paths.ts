import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'Kenes';

/**
 * The directory Electron uses as userData for an app named "Kenes", computed without
 * Electron so browser mode opens the same workspace as the desktop window.
 */
export const defaultDataDir = (): string => {
  const home = os.homedir();
  switch (process.platform) {
    case 'win32':
      return path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME);
    case 'darwin':
      return path.join(home, 'Library', 'Application Support', APP_NAME);
    default:
      return path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_NAME);
  }
};
