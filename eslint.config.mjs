// ESLint flat config: typescript-eslint, the seam that keeps `vscode` out of the engine, and the layers
// engine ← core ← node / cli / extension (no upward imports, no import cycles).
import tseslint from 'typescript-eslint';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

const ENGINE_FORBIDDEN_IMPORTS = [
  { name: 'vscode', message: 'The engine is pure: no vscode imports in src/engine.' },
  { name: 'fs', message: 'The engine does no I/O.' },
  { name: 'node:fs', message: 'The engine does no I/O.' },
];

// Each layer imports only the layers below it: engine ← core ← node ← cli / extension ← web; the report's page
// (reportView) runs in a webview and sees only core. `from` is the folder that must not be imported.
const LAYER_ZONES = [
  {
    target: './src/engine',
    from: ['./src/core', './src/node', './src/cli', './src/extension', './src/web', './src/reportView'],
  },
  { target: './src/core', from: ['./src/node', './src/cli', './src/extension', './src/web', './src/reportView'] },
  { target: './src/node', from: ['./src/cli', './src/extension', './src/web', './src/reportView'] },
  { target: './src/cli', from: ['./src/extension', './src/web', './src/reportView'] },
  { target: './src/extension', from: ['./src/cli', './src/web', './src/reportView'] },
  { target: './src/reportView', from: ['./src/node', './src/cli', './src/extension', './src/web'] },
].map((zone) => ({
  ...zone,
  message: 'Layers: engine ← core ← node ← cli / extension ← web; see README "Where things live".',
}));

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
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.json'] })],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/extensions': ['.ts', '.js'],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: LAYER_ZONES }],
    },
  },
  {
    files: ['src/engine/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ENGINE_FORBIDDEN_IMPORTS,
          patterns: [
            { group: ['../*', '!../engine', '!../engine/*'], message: 'The engine imports only from src/engine.' },
          ],
        },
      ],
    },
  },
  {
    // Stages in subfolders (src/engine/entities/*.ts) reach the engine through '../'.
    files: ['src/engine/*/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ENGINE_FORBIDDEN_IMPORTS,
          patterns: [
            {
              group: ['../../*', '!../../engine', '!../../engine/*'],
              message: 'The engine imports only from src/engine.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'test/**/*.mjs'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        performance: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        Buffer: 'readonly',
      },
    },
  },
);
