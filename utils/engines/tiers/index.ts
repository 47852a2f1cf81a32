// The tier engines of docs/ADVICE.md#tiers: seller capability, customer segments,
// product roles. Pure functions; the side panel, the popup and the CLI share them.
export * from './capability';
export * from './customers';
export * from './productRoles';
