import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Packages that need a browser, storage or a UI framework.
const BROWSER_PACKAGES = [
  'dexie',
  'dexie-react-hooks',
  'react',
  'react-dom',
  'react-dom/client',
  'zustand',
  'uplot',
  '@webext-core/messaging',
];
// Repo folders whose code holds state or talks to the browser.
const STATEFUL_FOLDERS = [
  '**/utils/db/**',
  '**/utils/settings/**',
  '**/utils/state/**',
  '**/utils/capture/**',
  '**/utils/overlay/**',
  '**/entrypoints/**',
  '**/components/**',
  '**/hooks/**',
  '@/entrypoints/**',
];
const CONTENT_FORBIDDEN = [
  'react',
  'react-dom',
  'react-dom/client',
  'dexie',
  'dexie-react-hooks',
  'zod',
  'zustand',
  'uplot',
];

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'demo-output/**',
      'tests/fixtures/**',
      'bench/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  // Import boundaries: what may import what (README "Project layout").
  // Type-only imports are allowed across boundaries: they vanish from the bundle.
  {
    files: ['utils/engines/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', 'chrome', 'browser', 'indexedDB', 'localStorage'],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: BROWSER_PACKAGES.map((name) => ({
            name,
            message: 'Engines are pure: no browser API, storage or UI (docs/DECISIONS.md).',
            allowTypeImports: true,
          })),
          patterns: [
            {
              group: ['wxt/*', '@webext-core/*', ...STATEFUL_FOLDERS],
              message: 'Engines are pure: the caller passes data in (docs/DECISIONS.md).',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'entrypoints/*.content.ts',
      'utils/capture/**/*.ts',
      'utils/overlay/**/*.ts',
      'utils/sites/**/*.ts',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: CONTENT_FORBIDDEN.map((name) => ({
            name,
            message:
              'Content scripts ship into every console page: no React, Dexie or zod (docs/DECISIONS.md).',
            allowTypeImports: true,
          })),
          patterns: [
            {
              // Relative forms too: `../../db/ingest` from utils/sites is the same reach into storage.
              group: [
                '**/components/**',
                '**/hooks/**',
                '**/utils/db/**',
                '**/utils/state/**',
                '**/db/**',
                '**/state/**',
                '**/settings/**',
              ],
              message:
                'Content scripts ship into every console page: no React, Dexie or zod (docs/DECISIONS.md).',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    files: ['utils/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'hooks/**/*.{ts,tsx}'],
    ignores: ['utils/engines/**', 'utils/capture/**', 'utils/overlay/**', 'utils/sites/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/entrypoints/**', '@/entrypoints/**'],
              message: 'Shared code does not reach into an entrypoint; move the shared part up.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**', 'tests/e2e/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
