export * from './national-id';
export * from './contact';
export * from './masking';
export * from './time';
