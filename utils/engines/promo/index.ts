// Promo phases and checklists (PLAYBOOK §3): one import for the side panel,
// the popup and the CLI. Pure functions; the caller passes the instant.
export * from './time';
export * from './campaign';
export * from './phase';
export * from './checklist';
export * from './announcement';
export * from './extract';
