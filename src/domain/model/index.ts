export * from './ids';
export * from './format';
export * from './issue';
export * from './publication';
export * from './patent';
export * from './factory';
