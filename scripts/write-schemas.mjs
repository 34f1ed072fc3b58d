#!/usr/bin/env node
// Write the JSON Schemas of claimkit's outputs into schema/, from the built zod schemas
// (run after `tsc`; `npm run build` does both). The files ship in the package as
// claimkit/schema/*.json, and a test checks they match the code.
import { mkdirSync, writeFileSync } from 'node:fs';
import { jsonSchemaOf } from '../dist/schema/index.js';

const FILES = { document: 'document.schema.json', record: 'claim-record.schema.json', manifest: 'manifest.schema.json' };
mkdirSync(new URL('../schema/', import.meta.url), { recursive: true });
for (const [name, file] of Object.entries(FILES)) {
  writeFileSync(new URL(`../schema/${file}`, import.meta.url), `${JSON.stringify(jsonSchemaOf(name), null, 2)}\n`);
}
