/**
 * Registers the service worker that keeps the built app, every scenario and the debrief's chart
 * for offline play (vite.config.ts, VitePWA). Only in a production build, and only once the page
 * is idle: precaching must not compete with the way to the first choice.
 */
export function keepForOffline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register('/sw.js').catch((error: unknown) => console.warn('Offline copy not installed:', error));
}
