// The JSON Schema that ships (schemas/copydesk-style.schema.json) is the one the module
// validates with, compiles under ajv's strict mode, and agrees with the engine's types.

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { SEVERITIES } from '../engine/types.js';
import { checkStyleText } from './check.js';
import { STYLE_SCHEMA } from './schema-check.js';

const repo = join(__dirname, '..', '..', '..');
const onDisk = JSON.parse(readFileSync(join(repo, 'schemas/copydesk-style.schema.json'), 'utf8')) as Record<string, unknown>;

describe('the style schema', () => {
  it('is the file in schemas/, and compiles in strict mode', () => {
    assert.deepEqual(STYLE_SCHEMA, onDisk);
    assert.equal(onDisk.$schema, 'http://json-schema.org/draft-07/schema#');
    new Ajv({ strict: true, strictTuples: false }).compile(onDisk);
  });

  it('names exactly the keys of a style file', () => {
    assert.deepEqual(Object.keys(onDisk.properties as object).sort(), ['acronyms', 'entities', 'extends', 'frontMatter', 'locale', 'overrides', 'root', 'rules', 'terms', 'words']);
    assert.equal(onDisk.additionalProperties, false);
  });

  it('lists the engine\'s severities', () => {
    const defs = onDisk.definitions as Record<string, { enum?: string[] }>;
    assert.deepEqual(defs.severity.enum, [...SEVERITIES]);
  });

  it('accepts the example style file in examples/', () => {
    const example = join(repo, 'examples/.copydesk.yaml');
    if (!existsSync(example)) return;
    assert.deepEqual(checkStyleText(example, readFileSync(example, 'utf8')), []);
  });
});
