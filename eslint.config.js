import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const domGlobals = ['window', 'document', 'localStorage', 'sessionStorage', 'File', 'Blob', 'FileReader', 'navigator', 'indexedDB', 'HTMLElement', 'self', 'postMessage'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'sample-data', 'e2e/out', 'bench/out'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/use-*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    // The domain is pure: it runs in workers and in Node, so no UI, worker or DOM dependencies.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['react', 'react-dom', 'react/*', '@mui/*', '@emotion/*', 'echarts', 'echarts/*', 'echarts-for-react', 'comlink', 'idb'], message: 'src/domain must stay free of UI and worker libraries.' },
          { group: ['**/ui/**', '**/features/**', '**/services/**', '**/workers/**'], message: 'src/domain must not depend on outer layers.' },
        ],
      }],
      'no-restricted-globals': ['error', ...domGlobals.map((name) => ({ name, message: `src/domain must not touch the DOM/browser global '${name}'.` }))],
    },
  },
);
