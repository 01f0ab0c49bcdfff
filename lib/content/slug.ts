import { z } from 'zod';

/*
 * The shape of every slug: lower-case letters and digits in words joined by single hyphens,
 * the same pattern the database's CHECK constraints hold (lib/db/schema). Free of imports
 * beyond zod, so address parsers shared with the browser can use it.
 */

export const SLUG_SHAPE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A slug the database could hold: anything else cannot exist, so no query need be run. */
export function isSlug(value: string, maxLength = 120): boolean {
  return value.length <= maxLength && SLUG_SHAPE.test(value);
}

/** A slug read from an address or a request body. */
export const slugSchema = (maxLength: number) => z.string().max(maxLength).regex(SLUG_SHAPE);
