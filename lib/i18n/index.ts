export * from './types';
export * from './translate';
