export * from './council';
export * from './organisations';
export * from './links';
export * from './agreements';
export * from './modules';
export * from './sessions';
export * from './views';
export * from './history';
