// Lint rules, and the layer rules that keep each folder of src/ to what docs/architecture.md
// says it may import. The layer rule is a small local rule rather than `no-restricted-imports`,
// which neither sees `import()` nor `require()` nor can say "anything outside src/domain" for a
// relative path without one pattern per folder depth (ADR 0007).
import {isBuiltin} from 'node:module'
import {dirname, relative, resolve, sep} from 'node:path'
import tseslint from 'typescript-eslint'

const root = import.meta.dirname

// The built-ins src/domain may use: they compute on values and touch no file, socket, process or
// environment. The rest of Node (fs, net, dns, http, child_process, worker_threads, os, …) does or
// drives I/O, and a built-in Node adds later stays out until someone puts it here.
const pureBuiltins = new Set(['assert', 'buffer', 'crypto', 'events', 'path', 'querystring', 'string_decoder', 'url', 'util'])

// What each part of src/ may import besides itself. `builtins: 'pure'` means only the set above;
// `packages` lists the npm packages allowed (omitted: any package not owned by another layer).
const layers = {
  errors: {may: [], why: 'src/errors.ts is the leaf every layer imports — it imports nothing'},
  domain: {
    may: ['errors'],
    builtins: 'pure',
    // yaml parses runbook text in memory, the same input the domain validates line by line;
    // smol-toml parses gitleaks rule files the same way. Both compute on strings only.
    packages: ['yaml', 'smol-toml'],
    why: 'src/domain is pure — it imports only src/domain, src/errors.ts, yaml, smol-toml and Node built-ins without I/O; pass I/O in as a parameter',
  },
  crypto: {may: ['domain', 'errors'], why: 'src/crypto holds keys and ciphers below every layer — it imports only src/domain and src/errors.ts'},
  store: {may: ['domain', 'crypto', 'errors'], why: 'src/store is the storage engine — it imports only src/domain, src/crypto and src/errors.ts'},
  actions: {may: ['domain', 'store', 'errors'], why: 'src/actions are providers a service calls — they import only src/domain, src/store and src/errors.ts'},
  // A question shows values the way the rest of the output does.
  prompts: {may: ['domain', 'render', 'errors'], why: 'src/prompts only asks questions — it imports only src/domain, src/render and src/errors.ts'},
  render: {may: ['domain', 'errors'], why: 'src/render only formats values — it imports only src/domain and src/errors.ts; the types it prints belong in src/domain'},
  replay: {
    may: ['domain'],
    packages: [],
    why: 'src/replay runs in the sandboxed child — it imports only Node built-ins and src/domain',
  },
  services: {
    may: ['domain', 'crypto', 'store', 'actions', 'replay', 'prompts', 'errors'],
    why: 'src/services return values and never show them — no src/render or src/commands; the command renders',
  },
  // oclif's glue outside the commands: the help class and hooks package.json names, and the
  // bundled entry of `pl scan` (ADR 0023), which runs the scan command's class.
  cli: {may: ['domain', 'commands', 'errors'], why: 'src/cli is oclif glue (help class, hooks, the scan entry) — it imports only src/domain, src/commands and src/errors.ts'},
  commands: {
    may: ['services', 'render', 'prompts', 'domain', 'errors'],
    why: 'src/commands go through a service — no src/store, src/crypto, src/actions or src/replay',
  },
}

// Packages only one layer may load, so a reader knows from a file's folder what it may touch.
const owners = {
  'libsodium-wrappers-sumo': 'crypto',
  'better-sqlite3': 'store',
  '@inquirer/prompts': 'prompts',
  '@oclif/core': ['commands', 'cli'],
}

// src/base-command.ts is the commands' base class; any other file directly in src/ is its own layer.
function layerOf(file) {
  const [top, name, ...rest] = relative(root, file).split(sep)
  if (top !== 'src' || name === undefined) return undefined
  if (rest.length > 0) return name
  const module = name.replace(/\.[cm]?[jt]s$/, '')
  return module === 'base-command' ? 'commands' : module
}

const packageOf = (spec) => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/')

// Why `spec`, imported from a file of `layer`, breaks the rules; undefined when it does not.
function violation(layer, file, spec) {
  const rules = layers[layer]
  if (rules === undefined) return `layer rule: src/${layer} is not in the layer table of eslint.config.js; add it there and to docs/architecture.md`
  if (isBuiltin(spec)) {
    const name = spec.replace(/^node:/, '').split('/')[0]
    return rules.builtins === 'pure' && !pureBuiltins.has(name) ? `layer rule: ${rules.why} ('${spec}' does I/O)` : undefined
  }
  if (spec.startsWith('.') || spec.startsWith('/')) {
    const path = resolve(dirname(file), spec)
    const target = layerOf(path)
    if (target === layer || rules.may.includes(target)) return undefined
    return `layer rule: ${rules.why} ('${spec}' is ${target === undefined ? 'outside src/' : relative(root, path).split(sep).join('/')})`
  }
  const pkg = packageOf(spec)
  const owner = owners[pkg]
  if (owner !== undefined && ![owner].flat().includes(layer)) return `layer rule: only src/${[owner].flat().join(' and src/')} imports ${pkg} ('${spec}')`
  if (rules.packages !== undefined && !rules.packages.includes(pkg)) return `layer rule: ${rules.why} ('${spec}' is an npm package)`
  return undefined
}

const layerRule = {
  meta: {type: 'problem', docs: {description: 'Each folder of src/ imports only what docs/architecture.md allows it.'}, schema: []},
  create(context) {
    const layer = layerOf(context.filename)
    if (layer === undefined) return {}
    const check = (node, source) => {
      const spec = source?.type === 'Literal' ? source.value : source?.type === 'TemplateLiteral' && source.expressions.length === 0 ? source.quasis[0].value.cooked : undefined
      if (typeof spec !== 'string') {
        context.report({node, message: 'layer rule: import() and require() take a string literal, so the layer rules can check them'})
        return
      }
      const message = violation(layer, context.filename, spec)
      if (message !== undefined) context.report({node: source, message})
    }
    const isRequire = (callee) =>
      (callee.type === 'Identifier' && callee.name === 'require') ||
      (callee.type === 'CallExpression' && callee.callee.type === 'Identifier' && callee.callee.name === 'createRequire')
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      CallExpression: (node) => isRequire(node.callee) && check(node, node.arguments[0]),
      TSImportEqualsDeclaration: (node) => node.moduleReference.type === 'TSExternalModuleReference' && check(node, node.moduleReference.expression),
      TSImportType: (node) => check(node, node.argument.type === 'TSLiteralType' ? node.argument.literal : node.argument),
    }
  },
}

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
  {files: ['src/**/*.ts'], plugins: {pl: {rules: {layers: layerRule}}}, rules: {'pl/layers': 'error'}},
  // I/O that needs no import: the environment, the process and the network are passed in too.
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['process', 'fetch', 'WebSocket', 'EventSource'].map((name) => ({name, message: 'layer rule: src/domain is pure — pass the environment, the process and the network in as parameters.'})),
      ],
    },
  },
)
