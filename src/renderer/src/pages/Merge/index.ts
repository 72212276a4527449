export { MergePage } from './MergePage';
