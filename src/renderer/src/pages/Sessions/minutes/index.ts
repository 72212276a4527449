export { MinutesPanel } from './MinutesPanel';
