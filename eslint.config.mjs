// ESLint flat config: typescript-eslint, and the seam that keeps `vscode` out of the engine.
import tseslint from 'typescript-eslint';

const ENGINE_FORBIDDEN_IMPORTS = [
  { name: 'vscode', message: 'The engine is pure: no vscode imports in src/engine.' },
  { name: 'fs', message: 'The engine does no I/O.' },
  { name: 'node:fs', message: 'The engine does no I/O.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', '.vscode-test/**', 'node_modules/**', 'media/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/engine/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ENGINE_FORBIDDEN_IMPORTS,
        patterns: [{ group: ['../*', '!../engine', '!../engine/*'], message: 'The engine imports only from src/engine.' }],
      }],
    },
  },
  {
    // Stages in subfolders (src/engine/entities/*.ts) reach the engine through '../'.
    files: ['src/engine/*/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ENGINE_FORBIDDEN_IMPORTS,
        patterns: [{ group: ['../../*', '!../../engine', '!../../engine/*'], message: 'The engine imports only from src/engine.' }],
      }],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'test/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', performance: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly' } },
  },
);
