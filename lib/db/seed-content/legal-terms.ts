import type { SeedLegalDocument } from './types';
import { INC, LEGAL_EFFECTIVE_DATE, LLP, type LegalEntityFacts } from './legal-entities';
import { joinBlocks } from './text';

function disputesSection(e: LegalEntityFacts): string {
  if (e.entity === 'llp') {
    return joinBlocks(
      '## Governing law and disputes',
      `These terms are governed by ${e.governingLaw}. Before starting any formal proceedings, please write to us so that we can try to settle the matter informally; most concerns are resolved this way within a few weeks. Any dispute that cannot be settled will be subject to ${e.courts}.`,
      '## Grievance Officer',
      `In line with the Information Technology Act, 2000 and the rules made under it, we have appointed a Grievance Officer to deal with complaints about content on the portal or about these terms. You can reach the Grievance Officer at ${e.privacyEmail}. We acknowledge complaints within 24 hours and aim to resolve them within 15 days.`,
    );
  }
  return joinBlocks(
    '## Governing law and disputes',
    `These terms are governed by ${e.governingLaw}. Before starting any formal proceedings, please write to us so that we can try to settle the matter informally; most concerns are resolved this way within a few weeks. Any dispute that cannot be settled will be heard by ${e.courts}. Nothing in these terms takes away rights you have under consumer protection laws that cannot be waived by contract.`,
    '## Notices',
    `We send notices about your account to the email address you registered with. Legal notices to us must be sent in writing to ${e.postalAddress}, with a copy to ${e.legalEmail}.`,
  );
}

function buildTerms(e: LegalEntityFacts): SeedLegalDocument {
  return {
    kind: 'terms',
    entity: e.entity,
    version: 1,
    title: `Terms & Conditions — ${e.name}`,
    effectiveDate: LEGAL_EFFECTIVE_DATE,
    body: joinBlocks(
      '## About these terms',
      `These terms govern your use of the Hidoc Dr. portal: its website, the articles, news, events, videos and continuing medical education (CME) activities on it, and your account. The portal is operated for ${e.audience} by ${e.name}, ${e.description} ("we", "us"). If you use the portal from elsewhere, the equivalent terms of ${e.otherEntity} apply instead.`,
      'By creating an account, or by using the portal without one, you agree to these terms and to our Privacy Policy. If you do not agree, please do not use the portal.',
      '## Who may use the portal',
      'Anyone may read the public pages. Accounts, members-only content and CME activities are intended for registered medical practitioners and other qualified healthcare professionals aged 18 or over. When you register you must give accurate information, including your profession and, where asked, your medical registration number, and keep it up to date. We may check the details you give us and may limit or close an account that we cannot verify.',
      '## Your account',
      'Your account is for you alone; do not share it or let anyone else sign in with it. Choose a strong password that you do not use elsewhere, and keep it confidential. Tell us at once if you think someone else has used your account. You can sign out of every device at any time from your account settings. You are responsible for what is done through your account unless it was used without your permission and you told us promptly.',
      '## Medical information is not medical advice',
      'Content on the portal is provided for the education and information of healthcare professionals. It does not replace clinical judgement, local guidelines or the product information of any medicine, and it does not create a doctor–patient relationship between us and anyone. Medical knowledge changes quickly; although our editors and reviewers take care, an item may be incomplete or out of date by the time you read it. Check the dates shown on each page, consult primary sources before acting, and never rely on the portal in an emergency.',
      '## Continuing medical education',
      'CME activities state their learning objectives, credit, accreditation, faculty disclosures and release and expiry dates. Credit is awarded only to the account holder who completes the activity and passes its post-test personally. Whether a credit counts toward your own licensing or revalidation requirements is decided by the relevant body, not by us. We may withdraw a certificate that was obtained in breach of these terms, and anyone can check a certificate\'s validity using the verification code printed on it.',
      '## Acceptable use',
      'You agree not to: use the portal for anything unlawful; post or upload information that identifies a patient; copy, scrape or systematically download content, or use automated means to access the portal beyond ordinary browsing; try to get around access controls, rate limits or security measures; interfere with the portal\'s operation or with other users; impersonate anyone or misstate your qualifications; or use the portal to advertise or promote products without our written agreement.',
      '## Content and intellectual property',
      'The portal and its content, including text, graphics, videos, CME materials and software, belong to us or to our licensors and are protected by copyright and other laws. You may view content and print or save a single copy of an article for your own professional use, keeping any notices intact. Any other copying, distribution or adaptation requires our written permission. If you send us feedback or suggestions, we may use them without any obligation to you.',
      '## Third-party events, videos and links',
      'Events listed on the portal are organised by third parties, who are responsible for their programmes, registration, fees and cancellations. Videos may be hosted by third-party providers whose own terms apply when you play them. Links to other websites are provided for convenience; we do not control those sites and are not responsible for their content or practices.',
      '## Deactivation, suspension and termination',
      'You may deactivate your account at any time from your account settings; the Account Deactivation page explains what happens next, and the Privacy Policy explains what happens to your data. We may suspend or close an account that breaches these terms, that we cannot verify, or where the law requires it. Where reasonable we will tell you why and give you a chance to respond. Sections that by their nature should continue after an account is closed, such as those on intellectual property, disclaimers and liability, continue to apply.',
      '## Disclaimers',
      'We work to keep the portal accurate, secure and available, but we provide it "as is" and "as available". To the extent the law allows, we make no promise that it will be uninterrupted or error-free, or that any content is complete, accurate or suitable for a particular purpose.',
      '## Limitation of liability',
      `To the extent the law allows, we are not liable for indirect or consequential loss, or for loss of profits, data or goodwill, arising from your use of the portal, and our total liability to you for any claim is limited to the greater of the amount you paid us in the twelve months before the claim and ${e.liabilityFloor}. Nothing in these terms limits liability for death or personal injury caused by negligence, for fraud, or for anything else that cannot be limited by law.`,
      '## Indemnity',
      'If you breach these terms or the law through your use of the portal, you agree to compensate us for reasonable losses and costs, including legal fees, that result from claims brought by others because of that breach.',
      disputesSection(e),
      '## Changes to these terms',
      'We may update these terms, for example when we add features or when the law changes. Each version shows its effective date. If a change materially affects your rights, we will tell you by email or on the portal at least 30 days before it takes effect, unless a change is needed sooner for legal or security reasons. If you keep using the portal after a change takes effect, the new terms apply; if you do not accept them, you may deactivate your account.',
      '## Contact',
      `Questions about these terms can be sent to ${e.legalEmail} or by post to ${e.postalAddress}.`,
    ),
  };
}

export const TERMS: SeedLegalDocument[] = [buildTerms(LLP), buildTerms(INC)];
