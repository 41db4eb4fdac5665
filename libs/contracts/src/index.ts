export * from './enums';
export * from './error-codes';
export * from './problem';
export * from './views';
export * from './appointment-fields';
export * from './triage';
export * from './examinations';
