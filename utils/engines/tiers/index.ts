// The tier engines of PLAYBOOK §1: seller capability, customer segments,
// product roles. Pure functions; the side panel, the popup and the CLI share them.
export * from './capability';
export * from './customers';
export * from './productRoles';
