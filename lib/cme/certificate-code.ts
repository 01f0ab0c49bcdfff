import { randomBytes } from 'node:crypto';

/** Crockford's base 32: no I, L, O or U, so a code read aloud or typed by hand is not misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A new verification code: HDC and four groups of four characters, 80 random bits
 * (16 × 5), the shape cme_certificates' CHECK constraint enforces.
 */
export function newCertificateCode(): string {
  const bytes = randomBytes(10);
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  let chars = '';
  for (let i = 0; i < 16; i++) {
    chars = ALPHABET[Number(bits & 31n)] + chars;
    bits >>= 5n;
  }
  return `HDC-${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}-${chars.slice(12, 16)}`;
}

/**
 * A code as someone typed or pasted it, in the stored shape, or null if it cannot be one:
 * any case, spaces or missing dashes, and the letters Crockford reads as digits (O → 0,
 * I and L → 1).
 */
export function normaliseCertificateCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  const body = compact.startsWith('HDC') ? compact.slice(3) : compact;
  if (body.length !== 16 || [...body].some((c) => !ALPHABET.includes(c))) return null;
  return `HDC-${body.slice(0, 4)}-${body.slice(4, 8)}-${body.slice(8, 12)}-${body.slice(12, 16)}`;
}
