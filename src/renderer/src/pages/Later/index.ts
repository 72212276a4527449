export { LaterPage } from './LaterPage';
