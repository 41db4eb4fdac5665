export * from './partner-client';
export * from './signing';
export * from './types';
