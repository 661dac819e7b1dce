// ESLint for every TypeScript file of the project: the recommended rules of ESLint and
// typescript-eslint, and the architecture as rules, so that a review does not have to catch it.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

const NODE_GLOBALS = {
  require: 'readonly',
  module: 'writable',
  exports: 'writable',
  __dirname: 'readonly',
  process: 'readonly',
  console: 'readonly',
};

export default defineConfig(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'test-results/**', '.bench/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // `_name` says "deliberately unused", as in `const { a: _a, ...rest } = row`.
      // `import vscode = require('vscode')` is deliberate: see the vscode external in esbuild.js.
      '@typescript-eslint/no-require-imports': ['error', { allowAsImport: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          caughtErrors: 'none',
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: NODE_GLOBALS },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The core runs in the Node host, the web worker, webviews and plain Node.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'vscode', message: 'src/core/ runs outside VS Code: it imports nothing from vscode.' }] },
      ],
    },
  },
  {
    // Views show what commands computed; they never reach into the commands.
    files: [
      'src/results/**/*.ts',
      'src/tree/**/*.ts',
      'src/calculator/**/*.ts',
      'src/webview/**/*.ts',
      'src/hover/**/*.ts',
      'src/definition/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/commands', '**/commands/**'], message: 'Views never import commands.' }] },
      ],
    },
  },
);
