// Lint rules that keep the layers honest (see ../shared/DESIGN.md §1): only src/crypto imports
// libsodium, only src/store imports better-sqlite3, only src/prompts imports inquirer, and
// src/domain does no I/O at all.
import tseslint from 'typescript-eslint'

const restricted = (paths) => ({'no-restricted-imports': ['error', {paths, patterns: []}]})
const sodium = {name: 'libsodium-wrappers-sumo', message: 'Only src/crypto/ may import libsodium.'}
const sqlite = {name: 'better-sqlite3', message: 'Only src/store/ may import better-sqlite3.'}
const inquirer = {name: '@inquirer/prompts', message: 'Only src/prompts/ may import inquirer.'}
const io = ['node:fs', 'node:fs/promises', 'node:net', 'node:http', 'node:https', 'node:child_process', 'node:worker_threads'].map(
  (name) => ({name, message: 'src/domain/ is pure: pass I/O in as a parameter.'}),
)

export default tseslint.config(
  {ignores: ['dist/**', 'node_modules/**', 'demo/**', '.bench-tmp/**', 'coverage/**']},
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {files: ['src/**/*.ts'], ignores: ['src/crypto/**', 'src/store/**', 'src/prompts/**', 'src/domain/**'], rules: restricted([sodium, sqlite, inquirer])},
  {files: ['src/store/**/*.ts'], rules: restricted([sodium, inquirer])},
  {files: ['src/crypto/**/*.ts'], rules: restricted([sqlite, inquirer])},
  {files: ['src/prompts/**/*.ts'], rules: restricted([sodium, sqlite])},
  {files: ['src/domain/**/*.ts'], rules: restricted([sodium, sqlite, inquirer, ...io])},
  // The replay sandbox runs this code in a locked-down child: Node built-ins and src/domain only.
  {
    files: ['src/replay/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [sodium, sqlite, inquirer],
          patterns: [{group: ['**/store/**', '**/services/**', '**/crypto/**', '**/commands/**', '**/prompts/**'], message: 'src/replay runs in the sandbox: only Node built-ins and src/domain.'}],
        },
      ],
    },
  },
)
