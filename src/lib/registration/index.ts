/**
 * Registration rules shared by the browser grid and the worker. Pure: no I/O, no Node APIs.
 * Import from `$lib/registration`, not from the individual modules (deadline.ts excepted, below,
 * and blank.ts where a worker must not load the rest).
 */
export * from './row';
export * from './blank';
export * from './headers';
export * from './header-row';
export * from './normalise';
export * from './validate';
export * from './language';
export * from './duplicates';
export * from './verdict';
export * from './matching';
export * from './similarity';
export * from './postcodes';
export * from './cost';
export * from './enterprise-number';
// deadline.ts is imported on its own ($lib/registration/deadline): it pulls in the holiday tables.
export { ageOn, isIsoDate, addDays, isoWeekday } from './iso-date';
