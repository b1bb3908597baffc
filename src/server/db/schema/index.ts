export * from './audit.schema.ts';
export * from './users.schema.ts';
export * from './workspaces.schema.ts';
export * from './strategy.schema.ts';
export * from './listening.schema.ts';
export * from './listening-retag.schema.ts';
export * from './listening-term-months.schema.ts';
