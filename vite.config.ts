import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { inkStories } from './tools/vite-plugin-ink';

export default defineConfig({
  plugins: [
    inkStories(),
    // Offline after the first visit: a service worker precaches the build (every scenario, the
    // stage, the chart); the app registers it when idle (src/app/offline.ts). The API is never cached.
    VitePWA({
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webp,woff2}'],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  // The story plugin rebuilds build/stories itself and reloads the page once; the server's data folder is no source.
  server: { port: 5173, strictPort: false, watch: { ignored: ['**/build/**', '**/data/**'] } },
  preview: { port: 4173 },
  build: {
    target: 'es2022',
    sourcemap: true,
    // tools/size-budget.ts reads which chunks load before the first choice from it.
    manifest: true,
    chunkSizeWarningLimit: 1600,
    rollupOptions: {
      output: {
        // Phaser is large and only needed on the play screen: keep it in a chunk of its own.
        manualChunks: (id: string) => (id.includes('node_modules/phaser') ? 'phaser' : undefined),
      },
    },
  },
});
