export * from './selectors';
export * from './bulk';
export * from './thread';
export * from './composer';
