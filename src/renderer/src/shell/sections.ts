/** The left navigation, in the order of a council's work: overview, the network, its records, settings. */
export const navSections = [
  { key: '', path: '/', labelKey: 'overview' },
  { key: 'network', path: '/network', labelKey: 'network' },
  { key: 'organisations', path: '/organisations', labelKey: 'organisations' },
  { key: 'agreements', path: '/agreements', labelKey: 'agreements' },
  { key: 'modules', path: '/modules', labelKey: 'modules' },
  { key: 'sessions', path: '/sessions', labelKey: 'sessions' },
  { key: 'reports', path: '/reports', labelKey: 'reports' },
  { key: 'settings', path: '/settings', labelKey: 'settings' },
] as const;
