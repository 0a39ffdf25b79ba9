import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const SVELTE = ['svelte', 'svelte/*', '**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'];

/** Files that may not import the given patterns. */
function layer(files, forbidden, message) {
  return [
    {
      files,
      rules: { 'no-restricted-imports': ['error', { patterns: [{ group: forbidden, message }] }] },
    },
  ];
}

export default ts.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'public/data/',
      'bench/results/',
      'data-out/',
      'scratch/',
      'gallery/',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // panels/ and toolkits/ stay pure: no engine, no Svelte (house-style.md).
      'no-restricted-imports': 'off',
    },
  },
  // The layering (house-style.md): each layer imports only those below it. A forbidden import
  // fails `npm test`.
  ...layer(
    ['panels/**/*.ts', 'toolkits/**/*.ts', 'missions/**/*.ts'],
    [
      '**/src/engine/**',
      '**/src/data/**',
      '**/src/state/**',
      '**/src/lab/**',
      '**/src/query/**',
      '**/src/ui/**',
      ...SVELTE,
    ],
    'panels, toolkits and missions stay pure: no engine, no data loading, no lab state, no Svelte.',
  ),
  ...layer(
    ['src/engine/**/*.ts'],
    [
      '**/ui/**',
      '**/state/**',
      '**/lab/**',
      '**/query/**',
      '**/panel/**',
      '**/data/**',
      '**/panels/**',
      ...SVELTE,
    ],
    'src/engine is the bottom layer: it imports nothing from data, panel, query, lab, state or ui.',
  ),
  ...layer(
    ['src/data/**/*.ts'],
    ['**/ui/**', '**/state/**', '**/lab/**', '**/query/**', '**/panel/**'],
    'src/data loads datasets through the engine; it knows nothing of panels, the lab or the UI.',
  ),
  ...layer(
    ['src/panel/**/*.ts', 'src/sql/**/*.ts', 'src/plot/**/*.ts'],
    [
      '**/ui/**',
      '**/state/**',
      '**/lab/**',
      '**/query/**',
      '**/engine/*',
      '!**/engine/records',
      '!**/engine/marks',
      ...SVELTE,
    ],
    'contracts and pure helpers: no engine (but its record types and performance marks), no lab state, no UI.',
  ),
  ...layer(
    ['src/query/**/*.ts', 'src/lab/**/*.ts', 'src/state/**/*.ts'],
    ['**/ui/**', ...SVELTE],
    'the lab core runs without a screen: no UI, no Svelte.',
  ),
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
);
