export { AttendancePanel } from './AttendancePanel';
