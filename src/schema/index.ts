/** The output contract (schema version 1): zod schemas, their types, and their JSON Schema. */
export * from './span.js';
export * from './diagnostic.js';
export * from './entity.js';
export * from './quantity.js';
export * from './time.js';
export * from './claim.js';
export * from './document.js';
export * from './record.js';
export * from './manifest.js';
export * from './json-schema.js';
