export * from './terms';
export * from './labels';
export * from './strategic';
export * from './evolution';
