export { NetworkPage } from './NetworkPage';
export { prefetchNetwork } from './useNetworkData';
