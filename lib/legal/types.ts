/* The legal domain's words for app/, which never imports lib/db (eslint.config.mjs). */
export { LEGAL_ENTITIES, LEGAL_KINDS, type LegalEntity, type LegalKind } from '@/lib/db/schema';
