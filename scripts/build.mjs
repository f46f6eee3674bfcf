// Bundles the Action entry and the CLI into dist/. The output is committed and CI
// rebuilds and diffs it, so everything here must be deterministic.
import { build } from 'esbuild';
import { chmodSync, copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

// Some dependencies are CommonJS and call require() on Node built-ins; an ESM bundle
// needs a real require for them.
const requireShim = "import { createRequire as __sgCreateRequire } from 'node:module'; const require = __sgCreateRequire(import.meta.url);";

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  legalComments: 'none',
  sourcemap: false,
  logLevel: 'warning',
  define: { __SG_GUARD_VERSION__: JSON.stringify(pkg.version) },
};

await build({
  ...common,
  entryPoints: ['src/index.ts'],
  outfile: 'dist/index.js',
  banner: { js: requireShim },
});

await build({
  ...common,
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.js',
  banner: { js: `#!/usr/bin/env node\n${requireShim}` },
});

// The HCL parser (src/source/hcl.ts) is tree-sitter run as WebAssembly; it reads
// these files beside the bundle, so dist/ works without node_modules.
const WASM_ASSETS = {
  'web-tree-sitter.wasm': 'web-tree-sitter/web-tree-sitter.wasm',
  'tree-sitter-hcl.wasm': '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm',
};
const resolveAsset = createRequire(import.meta.url).resolve;
mkdirSync(new URL('../dist/', import.meta.url), { recursive: true });
for (const [file, specifier] of Object.entries(WASM_ASSETS)) {
  const target = new URL(`../dist/${file}`, import.meta.url);
  copyFileSync(resolveAsset(specifier), target);
  chmodSync(target, 0o644);
}
