import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', '.e2e-artifacts/**', '.start-artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly', process: 'readonly', URL: 'readonly', Request: 'readonly', Response: 'readonly',
        Headers: 'readonly', fetch: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly',
        document: 'readonly', window: 'readonly', navigator: 'readonly', globalThis: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', {
        selector: "MemberExpression[object.name='chrome'][property.name='storage']",
        message: 'Use lib/ adapters; tokens must never go to storage.local.',
      }],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs}', '*.cjs'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
