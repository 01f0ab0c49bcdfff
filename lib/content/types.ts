/*
 * The content domain's words for app/: app/ reads through lib/<domain> and never imports
 * lib/db (eslint.config.mjs), so the schema's types and constants it needs are named here.
 */
export {
  ACCESS_LEVELS,
  POST_KINDS,
  VIDEO_PROVIDERS,
  type Access,
  type PostKind,
  type Reference,
  type VideoProvider,
} from '@/lib/db/schema';
