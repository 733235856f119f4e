// The house style module (Node side, used by the CLI and the language server): finding,
// reading, validating, merging and editing `.copydesk.yaml` files. The engine receives the
// result as a plain Style object.

export { STYLE_FILE_NAME, type StyleProblem } from './problem.js';
export { checkStyleText } from './check.js';
export { StyleResolver, MAX_EXTENDS_DEPTH, type StyleResolution, type StyleResolverOptions } from './resolver.js';
export { recommendedStyle, RECOMMENDED_NAME } from './recommended.js';
export { addToStyleList, StyleEditError, type StyleListKey } from './add-to-list.js';
export { parseStyleText, MAX_STYLE_CHARS, MAX_ALIAS_COUNT, type ParsedStyleFile } from './parse.js';
export { readStyleFileFromDisk, decodeUtf8, StyleReadError } from './read.js';
export { mergeStyles } from './merge.js';
export { STYLE_SCHEMA } from './schema-check.js';
export { ruleOptionsSchema } from './rule-settings.js';
export { closest, didYouMean, editDistance } from './did-you-mean.js';
