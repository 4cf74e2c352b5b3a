export * from './selectors';
export * from './thread';
export * from './composer';
