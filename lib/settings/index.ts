export * from './schema';
export * from './defaults';
export * from './parse';
export * from './warnings';
export * from './phone';
export * from './schedule';
export * from './localize';
