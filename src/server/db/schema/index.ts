export * from './audit.schema.ts';
export * from './users.schema.ts';
export * from './workspaces.schema.ts';
export * from './strategy.schema.ts';
export * from './listening.schema.ts';
