export * from './domain-error';
export * from './env';
export * from './http-app';
export * from './json-logger';
export * from './problem-details.filter';
export * from './request-context';
export * from './text';
export * from './validation';
