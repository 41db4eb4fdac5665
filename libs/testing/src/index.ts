export * from './core-harness';
export * from './database-dump';
export * from './identities';
export * from './test-database';
export * from './hospital-fixture';
export * from './http';
export * from './gateway-harness';
export * from './gateway-process';
