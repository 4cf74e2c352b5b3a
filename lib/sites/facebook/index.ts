export * from './selectors';
export * from './urls';
export * from './thread';
export * from './comment';
export * from './page';
export * from './post-contexts';
export * from './observer';
export * from './composer';
