export * from './selectors';
export * from './comment';
export * from './page';
export * from './observer';
export * from './composer';
