import { defineConfig } from 'vite';
import { inkStories } from './tools/vite-plugin-ink';

export default defineConfig({
  plugins: [inkStories()],
  server: { port: 5173, strictPort: false },
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
