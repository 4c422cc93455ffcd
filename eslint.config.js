// Flat config: typescript-eslint's recommended, type-aware rules for src and tests, and the
// size limits that keep each file readable in one sitting (CONTRIBUTING.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['lib/**', 'dist/**', 'out/**', 'coverage/**', 'node_modules/**', '.tmp/**', 'src/schema/validators.generated.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    files: ['src/cli/**', 'scripts/**', 'bench/**', 'test/**'],
    rules: { 'no-console': 'off' },
  },
  {
    rules: { 'max-lines': ['error', { max: 300 }] },
  },
  {
    // Tests are tables and describe blocks; the function limits are for the code they test.
    files: ['src/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts'],
    rules: {
      complexity: ['error', 20],
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }],
    },
  },
);
