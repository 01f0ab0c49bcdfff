import type { LegalEntity } from '../schema';

/** What differs between the two companies behind the portal; the legal texts are built from it. */
export type LegalEntityFacts = {
  entity: LegalEntity;
  name: string;
  /** Completes "<name> is …". */
  description: string;
  /** Completes "These terms apply to …". */
  audience: string;
  otherEntity: string;
  governingLaw: string;
  courts: string;
  liabilityFloor: string;
  legalEmail: string;
  privacyEmail: string;
  postalAddress: string;
};

export const LEGAL_EFFECTIVE_DATE = '2026-01-15';

export const LLP: LegalEntityFacts = {
  entity: 'llp',
  name: 'Hidoc Dr. LLP',
  description: 'a limited liability partnership registered in India under the Limited Liability Partnership Act, 2008',
  audience: 'everyone who uses the portal from India',
  otherEntity: 'Hidoc Dr. Inc.',
  governingLaw: 'the laws of India',
  courts: 'the courts at Mumbai, Maharashtra, which will have exclusive jurisdiction',
  liabilityFloor: 'INR 5,000',
  legalEmail: 'legal@hidoc.local',
  privacyEmail: 'grievance@hidoc.local',
  postalAddress: 'Hidoc Dr. LLP, Legal Department, Mumbai, Maharashtra, India',
};

export const INC: LegalEntityFacts = {
  entity: 'inc',
  name: 'Hidoc Dr. Inc.',
  description: 'a corporation organised under the laws of the State of Delaware, United States',
  audience: 'everyone who uses the portal from outside India, including the United States',
  otherEntity: 'Hidoc Dr. LLP',
  governingLaw: 'the laws of the State of Delaware and the applicable federal laws of the United States, without regard to conflict-of-laws rules',
  courts: 'the state and federal courts located in Delaware, and you and we consent to their personal jurisdiction',
  liabilityFloor: 'USD 100',
  legalEmail: 'legal@hidoc.local',
  privacyEmail: 'privacy@hidoc.local',
  postalAddress: 'Hidoc Dr. Inc., Legal Department, Wilmington, Delaware, United States',
};
