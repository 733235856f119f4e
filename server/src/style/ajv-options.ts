// How ajv is set up for the JSON Schemas the package ships: the style file's schema and the
// options schemas the rules declare.

/**
 * Ajv's options for the schemas the package ships (the style schema, the rules' options).
 * verbose: each error carries its parentSchema, whose `properties` name the allowed keys.
 * validateSchema and optimize off: compiling then takes ~20 ms instead of ~55 ms, once per
 * process — a CLI run pays it. The schemas are checked against the meta-schema, in strict
 * mode, by schema.test.ts and check.test.ts instead.
 */
export const SHIPPED_SCHEMA_AJV_OPTIONS = {
  allErrors: true,
  verbose: true,
  strict: false,
  validateSchema: false,
  code: { optimize: false },
} as const;
