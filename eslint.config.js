import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import coreLayering from './eslint-local/core-layering.js';

const nodeBuiltins = { group: ['node:*'], message: 'shared/ and renderer/ run in the browser too: no Node built-ins.' };
const electronImport = {
  name: 'electron',
  message: 'Only electron/main.ts, electron/preload.ts and electron/shell/ may import electron (DESIGN.md §3).',
};

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'dist-electron', 'release', 'bench/results', 'test-results', 'playwright-report', '.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_', argsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-unnecessary-condition': 'off',
      'no-restricted-imports': ['error', { paths: [electronImport] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronImport],
          patterns: [nodeBuiltins, { group: ['**/electron/**', '**/renderer/**', 'react', 'react-dom'], message: 'shared/ imports neither side.' }],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'Buffer'],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [electronImport], patterns: [nodeBuiltins, { group: ['**/electron/**'], message: 'renderer/ imports only shared/.' }] },
      ],
    },
  },
  {
    files: ['electron/core/**/*.ts', 'electron/host/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [electronImport], patterns: [{ group: ['**/renderer/**'], message: 'the core never reaches into the renderer.' }] },
      ],
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    plugins: { local: { rules: { 'core-layering': coreLayering } } },
    rules: {
      // Which domains each domain may import (through their index.ts); the rule refuses a cycle among them.
      'local/core-layering': [
        'error',
        {
          dependencies: {
            incident: ['roster'],
            decision: ['priority', 'incident', 'roster'],
            refusal: ['log', 'incident', 'roster'],
            statement: ['roster', 'incident', 'protection', 'priority', 'task', 'decision'],
            sync: ['roster', 'incident'],
            log: ['incident', 'roster'],
            actor: ['incident'],
            protection: ['incident'],
            task: ['incident'],
            priority: ['incident'],
            promise: ['incident'],
            rumour: ['statement', 'incident'],
            engagement: ['incident', 'promise'],
            support: ['incident', 'roster', 'promise'],
            playbook: ['incident'],
            scenario: ['playbook'],
            template: ['scenario', 'playbook', 'roster'],
            period: ['incident', 'priority'],
            request: ['incident', 'priority', 'roster'],
            sitrep: ['period', 'incident', 'priority', 'decision', 'actor', 'protection', 'task', 'statement', 'rumour', 'engagement', 'promise', 'support'],
            review: ['incident', 'priority', 'decision', 'statement', 'refusal', 'playbook', 'promise'],
            form: ['period', 'incident', 'priority', 'actor', 'task', 'roster', 'log'],
          },
        },
      ],
    },
  },
  { files: ['electron/main.ts', 'electron/preload.ts', 'electron/shell/**/*.ts'], rules: { 'no-restricted-imports': 'off' } },
  // Asymmetric matchers such as expect.any(String) are typed `any` by Vitest itself.
  { files: ['tests/**/*.ts', 'tests/**/*.tsx'], rules: { '@typescript-eslint/no-unsafe-assignment': 'off' } },
  { files: ['**/*.js', '**/*.mjs', '**/*.cjs'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly' },
    },
  },
);
