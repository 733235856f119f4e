// Validation of a style file's plain value against schemas/copydesk-style.schema.json (the same
// schema VS Code gets through yamlValidation/jsonValidation), with ajv's errors turned into
// messages a desk editor can act on, each at the path of the value it is about.

import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { SHIPPED_SCHEMA_AJV_OPTIONS } from './ajv-options.js';
import { didYouMean } from './did-you-mean.js';
import { explainRuleSetting, typeNoun, type ValueProblem } from './rule-settings.js';
import { pointerSegments, type PathSegment } from './yaml-nodes.js';

// A static require so that esbuild inlines the schema into the bundles, while the file at the
// repository root stays the one copy (the TypeScript project's rootDir cannot import it).
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const STYLE_SCHEMA: Record<string, unknown> = require('../../../schemas/copydesk-style.schema.json');

let validator: ValidateFunction | undefined;

function validate(value: unknown): ErrorObject[] {
  validator ??= new Ajv(SHIPPED_SCHEMA_AJV_OPTIONS).compile(STYLE_SCHEMA);
  return validator(value) ? [] : [...(validator.errors ?? [])];
}

/** What a list item is called, by the key of its list. */
const ITEM_NAMES: Record<string, string> = {
  entities: 'entity',
  terms: 'term',
  overrides: 'override',
};

const EXAMPLES: Record<string, string> = {
  entities: '"- name: Government of National Accord"',
  terms: '"- { use: Gaddafi, avoid: [Qaddafi] }"',
  overrides: '"- files: ["sport/**"]"',
  rules: '"quote-attribution: warning" on the line below',
  frontMatter: '"prose: [title, description]" on the line below',
};

const REQUIRED_HINTS: Record<string, string> = {
  name: ' (the full name, as the story spells it out first)',
  use: ' (the preferred form)',
  avoid: ' (a list of the forms to replace)',
  files: ' (a list of file patterns such as ["sport/**"])',
};

function noun(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return String(value);
  return typeof value;
}

/** The key a path ends in ("avoid" for /terms/2/avoid, "words" for /words/3), and whether it is an item. */
function describe(path: PathSegment[]): { key: string; item: boolean } {
  const last = path.length - 1;
  const item = last >= 0 && /^\d+$/.test(String(path[last]));
  const keyIndex = item ? last - 1 : last;
  const key = keyIndex >= 0 ? String(path[keyIndex]) : '';
  return { key, item };
}

function typeMessage(path: PathSegment[], expected: string, value: unknown): string {
  const { key, item } = describe(path);
  const want = expected.split(',')[0];
  if (!key) return `a style file is a set of "key: value" lines (such as "locale: en-GB"), not ${noun(value)}`;
  if (want === 'object' && item && ITEM_NAMES[key]) {
    return `each ${ITEM_NAMES[key]} must be a mapping, such as ${EXAMPLES[key]}, not ${noun(value)}`;
  }
  if (want === 'object' && EXAMPLES[key]) return `"${key}" must be a mapping, such as ${EXAMPLES[key]}, not ${noun(value)}`;
  if (want === 'array') {
    if (typeof value === 'string' || typeof value === 'number') {
      // The brief's case: `avoid: Qaddafi` stays a list, and the message shows how to write it.
      return `"${key}" must be a list, not ${noun(value)}; write ${key}: [${String(value)}]`;
    }
    if (value !== null && typeof value === 'object') return `"${key}" must be a list, not a mapping: start each item with "- "`;
    return `"${key}" must be a list, not ${noun(value)}`;
  }
  const subject = item ? `each entry of "${key}"` : `"${key}"`;
  if (want === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
    return `${subject} must be text, not ${noun(value)}; put it in quotes: "${String(value)}"`;
  }
  return `${subject} must be ${typeNoun(want)}, not ${noun(value)}`;
}

/** One message per problem: ajv's errors, grouped where a value failed two alternatives. */
export function schemaProblems(value: unknown): ValueProblem[] {
  const errors = validate(value);
  // An anyOf (a rule setting, an extends) fails with one error per alternative; the explainers
  // below say what is wrong instead, so every error inside it is dropped.
  const alternatives = errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath);
  const inside = (p: string) => alternatives.some((a) => p === a || p.startsWith(a + '/'));
  const out: ValueProblem[] = [];
  for (const e of errors) {
    const path: PathSegment[] = pointerSegments(e.instancePath);
    if (e.keyword === 'anyOf') {
      out.push(...explainAlternatives(e, path));
      continue;
    }
    if (inside(e.instancePath)) continue;
    out.push(explain(e, path));
  }
  return out;
}

function explainAlternatives(e: ErrorObject, path: PathSegment[]): ValueProblem[] {
  // The schema's two alternatives: a rule setting (under rules), or extends.
  if (path[0] !== 'extends') return explainRuleSetting(String(path[path.length - 1]), e.data, path);
  const v = e.data;
  if (Array.isArray(v)) {
    return v.flatMap((entry, i) =>
      typeof entry === 'string' && entry.length > 0
        ? []
        : [{ path: [...path, i], message: entry === '' ? 'an "extends" entry is empty' : `each "extends" entry must be text (a style name or path), not ${noun(entry)}` }],
    );
  }
  if (v === '') return [{ path, message: '"extends" is empty; name a style (copydesk:recommended), a path or a package' }];
  return [{ path, message: `"extends" must be a style name or path, or a list of them, not ${noun(v)}` }];
}

/** ' in an entity' when the object at `objectPath` is an item of a named list, else ''. */
function inItem(objectPath: PathSegment[]): string {
  const n = objectPath.length;
  if (n < 2 || !/^\d+$/.test(String(objectPath[n - 1]))) return '';
  const name = ITEM_NAMES[String(objectPath[n - 2])];
  return name ? ` in ${/^[aeiou]/.test(name) ? 'an' : 'a'} ${name}` : '';
}

function explain(e: ErrorObject, path: PathSegment[]): ValueProblem {
  const { key, item } = describe(path);
  switch (e.keyword) {
    case 'additionalProperties': {
      const extra = String(e.params.additionalProperty);
      const keys = Object.keys((e.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {});
      const where = inItem(path);
      const hint = didYouMean(extra, keys) || `; the keys${where ? ' here' : ''} are ${keys.join(', ')}`;
      return { path: [...path, extra], atKey: true, message: `unknown key "${extra}"${where}${hint}` };
    }
    case 'required': {
      const missing = String(e.params.missingProperty);
      const name = ITEM_NAMES[key] ?? 'this';
      const article = ITEM_NAMES[key] ? (/^[aeiou]/.test(name) ? 'an ' : 'a ') : '';
      return { path, message: `${article}${name} needs "${missing}"${REQUIRED_HINTS[missing] ?? ''}` };
    }
    case 'type':
      return { path, message: typeMessage(path, String(e.params.type), e.data) };
    case 'enum': {
      const allowed = (e.params.allowedValues as unknown[]).map(String);
      const text = String(e.data);
      const what = key === 'locale' ? 'a locale' : 'allowed here';
      const list = allowed.length === 2 ? allowed.join(' or ') : allowed.join(', ');
      return { path, message: `"${text}" is not ${what}; use ${list}${didYouMean(text, allowed)}` };
    }
    case 'minItems':
      return { path, message: key === 'avoid' ? '"avoid" needs at least one form to replace' : `"${key}" needs at least one entry` };
    case 'minLength':
      return { path, message: item ? `an entry of "${key}" is empty` : `"${key}" is empty${inItem(path.slice(0, -1))}` };
    default:
      return { path, message: `"${key || 'the file'}" ${e.message ?? 'is not valid'}` };
  }
}
