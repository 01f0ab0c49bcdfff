export * from './columns';
export * from './specialties';
export * from './media';
export * from './users';
export * from './content';
export * from './cme';
export * from './legal';
export * from './ops';
