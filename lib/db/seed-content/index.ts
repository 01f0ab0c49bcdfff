export { SPECIALTIES } from './specialties';
export { CALCINOSIS, CALCINOSIS_PARAGRAPHS, CALCINOSIS_SECTIONS } from './calcinosis';
export { NEWS } from './news';
export { ARTICLES, MEMBERS_ARTICLES } from './articles';
export { EVENTS } from './events';
export { VIDEO_SERIES, HOME_VIDEOS, EARLIER_SERIES_VIDEOS } from './videos';
export { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';
export { LEGAL_EFFECTIVE_DATE } from './legal-entities';
import { PRIVACY_POLICIES } from './legal-privacy';
import { TERMS } from './legal-terms';
import type { SeedLegalDocument } from './types';

export const LEGAL_DOCUMENTS: SeedLegalDocument[] = [...TERMS, ...PRIVACY_POLICIES];
export type * from './types';
export { CME_ACTIVITIES, CME_BODY_MARKER, DEMO_PASSED_CME_SLUG, type SeedCmeActivity, type SeedCmeQuestion } from './cme';
