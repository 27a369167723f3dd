export * from './mailbox';
export * from './crm';
export * from './grant';
export * from './observation';
export * from './observation-context';
export * from './plan';
export * from './people';
export * from './history';
