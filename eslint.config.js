// @ts-check
import js from '@eslint/js'
import compat from 'eslint-plugin-compat'
import litPlugin from 'eslint-plugin-lit'
import litA11y from 'eslint-plugin-lit-a11y'
import wcPlugin from 'eslint-plugin-wc'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'storybook-static/',
      'components/data/sanity.types.ts',
      'components/data/generated/',
      'components/i18n/generated/',
      'bench/node_modules/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {globals: {...globals.browser, ...globals.node}},
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        {argsIgnorePattern: '^_', varsIgnorePattern: '^_'},
      ],
    },
  },
  {
    files: ['components/**/*.ts', 'stories/**/*.ts', 'tests/**/*.ts'],
    ...litPlugin.configs['flat/recommended'],
  },
  {
    files: ['components/**/*.ts', 'stories/**/*.ts', 'tests/**/*.ts'],
    ...wcPlugin.configs['flat/recommended'],
  },
  {
    files: ['components/**/*.ts', 'stories/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  // Browser APIs the supported browsers lack (package.json's `browserslist`, README "Browser
  // support"). The Studio plugin follows Sanity's own support.
  {
    files: ['components/**/*.ts'],
    ...compat.configs['flat/recommended'],
  },
  {
    files: ['tests/**/*.ts'],
    languageOptions: {globals: {...globals.mocha}},
    rules: {'@typescript-eslint/no-unused-expressions': 'off'},
  },
)
