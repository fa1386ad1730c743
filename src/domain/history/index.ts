export * from './direct-citation';
export * from './historiograph';
