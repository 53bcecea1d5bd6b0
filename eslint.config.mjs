// Lint rules, including the import layering that ARCHITECTURE.md describes: the language
// service below server/src/lsp never imports the LSP connection layer, nothing in server/
// imports vscode, and the protocol module imports neither side.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const noLspConnection = {
  group: ['vscode-languageserver', 'vscode-languageserver/*'],
  message: 'Only server/src/lsp (the thin shell) and server/src/main.ts may talk to the LSP connection.',
};
const noVscode = { group: ['vscode'], message: 'The server and CLI must not depend on the VS Code API.' };
// One reading of the YAML: only server/src/syntax/ parses it (and re-exports the AST vocabulary).
const noYamlOutsideSyntax = {
  group: ['yaml', 'yaml/*'],
  message: 'Only server/src/syntax/ imports yaml; use its parse and AST helpers (syntax/yamlAst.ts).',
};
const noYaml = {
  group: ['yaml', 'yaml/*'],
  message: 'Only the server reads YAML: ask it through a protocol request (protocol/src/).',
};

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'out/**', '.vscode-test/**', '.e2e/**', '**/*.generated.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      eqeqeq: ['error', 'smart'],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests read JSON from processes and files (LSP messages, CLI output): `any` is the honest
    // type there, and node:test's describe/it promises are awaited by the runner itself.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['server/src/**/*.ts'],
    ignores: ['server/src/lsp/**', 'server/src/main.ts', 'server/src/syntax/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noLspConnection, noVscode, noYamlOutsideSyntax] }],
    },
  },
  {
    files: ['server/src/syntax/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noLspConnection, noVscode] }] },
  },
  {
    files: ['server/src/lsp/**/*.ts', 'server/src/main.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noVscode, noYamlOutsideSyntax] }] },
  },
  {
    // The client is thin: it asks the server for everything that needs reading YAML.
    files: ['client/src/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noYaml] }] },
  },
  {
    files: ['protocol/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noVscode,
            noLspConnection,
            noYaml,
            { group: ['**/server/**', '**/client/**'], message: 'protocol/ stands alone.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      parserOptions: { projectService: false },
      globals: {
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        performance: 'readonly',
        clearTimeout: 'readonly',
        Buffer: 'readonly',
        __dirname: 'readonly',
        require: 'readonly',
        module: 'writable',
      },
    },
  },
);
