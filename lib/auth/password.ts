import { hash, verify, type Algorithm } from '@node-rs/argon2';

// The package declares Algorithm as an ambient const enum, which isolatedModules cannot read.
const ARGON2ID: Algorithm = 2;

/**
 * OWASP's minimum argon2id configuration (19 MiB, 2 passes, 1 lane): about 20–40 ms per hash
 * here, slow enough to hurt offline guessing and cheap enough for a sign-in form.
 * The parameters are stored in each hash, so raising them later still verifies old hashes.
 */
const HASH_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** A PHC string (`$argon2id$v=19$m=…`) with its own random salt. */
export async function hashPassword(password: string): Promise<string> {
  return hash(password, HASH_OPTIONS);
}

/** False for a wrong password and for a stored value that is not a valid hash: never throws on bad input. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}
