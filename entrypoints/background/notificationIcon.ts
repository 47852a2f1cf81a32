// Chromium requires an icon for a basic notification. It is the extension's
// own artwork (public/icon/, rendered from icon.svg), by its path inside the
// package, which notifications accept on Chromium and Firefox.
export const NOTIFICATION_ICON = 'icon/128.png';
