import type { QuantityItem } from '../quantities.js';
import type { TimeItem } from '../times.js';

/** A date/time extractor under evaluation, adapted to our TIMEX3 items. */
export interface TimeSystem {
  readonly name: string;
  /** Times of a text, resolved against the document date (YYYY-MM-DD) when given. */
  readonly run: (text: string, documentDate: string | null) => TimeItem[];
}

/** A quantity extractor under evaluation, adapted to CQE-style items. */
export interface QuantitySystem {
  readonly name: string;
  readonly run: (text: string) => QuantityItem[];
}

/** Load an optional development dependency, or explain how to install it. */
export async function loadOptional<T>(name: string): Promise<T> {
  try {
    return (await import(name)) as T;
  } catch {
    throw new Error(`claimkit eval: the comparison system "${name}" is not installed; install the development dependencies (npm ci) to run it.`);
  }
}
