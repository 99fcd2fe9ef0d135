import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // What .gitignore leaves out is no source: builds, local data, writers' scratch scripts.
  { ignores: ['dist/', 'build/', 'data/', 'node_modules/', 'test-results/', 'playwright-report/', '.scratch/', 'scratch-*/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The domain runs unchanged in the browser, the server and tests: no views, no platform APIs.
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/app/**', '**/game/**', '**/server/**', '../app*', '../game*', '../server*'], message: 'src/core must not import views or the server.' },
            { group: ['phaser', 'zustand*', 'lit-html*', 'chart.js*', 'node:*', 'fs', 'path'], message: 'src/core is pure: no Phaser, DOM, state library or Node APIs.' },
            { group: ['inkjs/full', 'inkjs/compiler/*'], message: 'The ink compiler belongs to build tooling, not the runtime.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'process'],
    },
  },
  {
    // Views draw and send intents; scoring and story flow live in src/core.
    files: ['src/app/**/*.ts', 'src/game/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['inkjs', 'inkjs/*'], message: 'Views talk to stories through src/core/runner only.' }] },
      ],
    },
  },
);
