export { SessionsYearPage } from './SessionsYearPage';
export { SittingPage } from './SittingPage';
