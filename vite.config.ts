import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { inkStories } from './tools/vite-plugin-ink';

/** `vite build --mode lms` (tools/package.ts): the game alone for an LMS package, played offline from its files. */
export const LMS_MODE = 'lms';
export const LMS_OUT_DIR = 'build/lms-app';

/**
 * The English strings are asked for with the page instead of once the entry has run (a round
 * trip later on the way to the first choice; src/app/i18n.ts loads them). English is the page's
 * own language; a learner shown Chinese downloads these 6 KiB for nothing.
 */
function preloadEnglish(): Plugin {
  let base = '/';
  return {
    name: 'pitchless-preload-english',
    apply: 'build',
    configResolved: (config) => void (base = config.base),
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) => {
        const chunk = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith('/src/app/locales/en.ts'));
        if (!chunk) throw new Error('no chunk for src/app/locales/en.ts: the English strings are no longer loaded on their own (update vite.config.ts)');
        return [{ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${chunk.fileName}` }, injectTo: 'head' }];
      },
    },
  };
}

const app: UserConfig = {
  plugins: [
    inkStories(),
    preloadEnglish(),
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
};

/** The same page, started by the LMS entry (src/app/lms/lms-main.ts) instead of the web app's. */
const lmsEntry: Plugin = {
  name: 'pitchless-lms-entry',
  transformIndexHtml: { order: 'pre', handler: (html) => html.replace('/src/app/main.ts', '/src/app/lms/lms-main.ts') },
};

/** Relative paths (an LMS serves the package from a folder of its own), the chosen stories bundled, no server, no service worker (the LMS serves the files). */
export const lmsConfig = (only?: readonly string[]): UserConfig => ({
  ...app,
  base: './',
  plugins: [inkStories({ only }), preloadEnglish(), lmsEntry],
  build: { ...app.build, outDir: LMS_OUT_DIR, emptyOutDir: true, sourcemap: false, manifest: false },
});

export default defineConfig(({ mode }) => (mode === LMS_MODE ? lmsConfig(process.env.PITCHLESS_SCENARIOS?.split(',').filter(Boolean)) : app));
