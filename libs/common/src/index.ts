export * from './domain-error';
export * from './env';
export * from './graceful-shutdown';
export * from './http-app';
export * from './json-logger';
export * from './problem-details.filter';
export * from './request-context';
export * from './validation';
