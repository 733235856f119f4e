// The language level esbuild writes the bundles for (scripts/build.mjs, and the benches that
// bundle the sources the same way: scripts/bench/bundle.mjs). ES2022, which Node 20 runs in
// full, rather than esbuild's "node20": for that target esbuild's tables rewrite every regex
// literal with a Unicode property escape (/\p{Lu}/u) as `new RegExp("\\p{Lu}", "u")`, which
// parses the pattern again at each call: two dozen such tests sit in per-word code.
export const ESBUILD_TARGET = 'es2022';
