import type { SeedLegalDocument } from './types';
import { INC, LEGAL_EFFECTIVE_DATE, LLP, type LegalEntityFacts } from './legal-entities';
import { joinBlocks } from './text';

function legalBasisSection(e: LegalEntityFacts): string {
  if (e.entity === 'llp') {
    return joinBlocks(
      '## Our legal basis',
      'We process your personal data under the Digital Personal Data Protection Act, 2023 and the rules made under it, and the Information Technology Act, 2000. We rely on your consent, which you give when you register and which you can withdraw at any time, and on the legitimate uses the law allows, such as complying with a legal obligation, responding to a request from a lawful authority, and protecting the security of the portal. Withdrawing consent does not affect processing already carried out, but without it we cannot keep your account open.',
    );
  }
  return joinBlocks(
    '## Our legal basis',
    'Where a law asks us to name a legal basis, we rely on: the contract with you, to run your account and provide CME; our legitimate interests, to keep the portal secure, prevent abuse and improve our content, balanced against your rights; your consent, for optional emails, which you can withdraw at any time; and legal obligations, such as keeping records required by accrediting bodies or responding to lawful requests.',
  );
}

function extraRights(e: LegalEntityFacts): string {
  if (e.entity === 'llp') {
    return 'As a Data Principal under Indian law you may also nominate another person to exercise your rights if you die or become unable to do so, and you may complain to the Data Protection Board of India if you are not satisfied with our response. We ask that you contact our Grievance Officer first so that we can try to put things right.';
  }
  return 'Depending on where you live, for example in California or another US state with a consumer privacy law, or in the European Economic Area or the United Kingdom, you may also have the right to object to or restrict certain processing, to receive your data in a portable format, and to appeal our decision on a request. We do not sell your personal information or share it for cross-context behavioural advertising, and we will not treat you differently for exercising your rights. You may use an authorised agent, and you may complain to your local data protection or consumer authority.';
}

function transfersSection(e: LegalEntityFacts): string {
  if (e.entity === 'llp') {
    return joinBlocks(
      '## Where your information is processed',
      'We store your information in India where we can. Some service providers may process it in other countries; we transfer data outside India only as the law permits, never to a country the Government of India has restricted, and under contracts that require the same level of protection.',
    );
  }
  return joinBlocks(
    '## Where your information is processed',
    'We process your information in the United States and may use service providers in other countries. When we transfer personal data from the European Economic Area, the United Kingdom or other places with transfer rules, we use safeguards recognised by those laws, such as standard contractual clauses.',
  );
}

function contactSection(e: LegalEntityFacts): string {
  if (e.entity === 'llp') {
    return joinBlocks(
      '## Contact and Grievance Officer',
      `Questions, requests and complaints about your personal data can be sent to our Grievance Officer at ${e.privacyEmail}, or by post to ${e.postalAddress}. We acknowledge complaints within 24 hours and aim to resolve them within 15 days.`,
    );
  }
  return joinBlocks(
    '## Contact',
    `Questions and requests about your personal data can be sent to ${e.privacyEmail}, or by post to ${e.postalAddress}. We reply within 30 days, or sooner where the law requires it.`,
  );
}

function buildPrivacyPolicy(e: LegalEntityFacts): SeedLegalDocument {
  return {
    kind: 'privacy',
    entity: e.entity,
    version: 1,
    title: `Privacy Policy — ${e.name}`,
    effectiveDate: LEGAL_EFFECTIVE_DATE,
    body: joinBlocks(
      '## Who we are',
      `This policy explains how ${e.name}, ${e.description} ("we", "us"), handles personal information when ${e.audience} reads the Hidoc Dr. portal or holds an account on it. We decide why and how this information is used. If you use the portal from elsewhere, the privacy policy of ${e.otherEntity} applies instead.`,
      '## The information we collect',
      '- **Account details:** your name, email address and a one-way hash of your password. We never store your password itself.\n' +
        '- **Professional details:** your profession, specialty and, where you give it, your medical registration number, so that we can offer content and CME intended for professionals.\n' +
        '- **Activity on the portal:** CME activities you start, your post-test answers and scores, certificates issued to you, bookmarks, and the settings you choose.\n' +
        '- **Technical and security information:** your IP address, browser type, sign-in times and failed sign-in attempts, and a record of important actions on your account, such as password changes.\n' +
        '- **Messages:** what you write to us, and the emails we send you, such as verification and password-reset messages.',
      'Readers who do not sign in are not asked for any personal information. We count page views per article and per day to show what is trending; these counts are not linked to you. We do not want information about your patients: please never enter it on the portal.',
      '## How we use it',
      'We use your information to create and secure your account; verify your email address and, where needed, your professional status; provide members-only content and CME, record your results and issue and verify certificates; send you the messages your account needs; answer your questions; protect the portal against abuse, for example by limiting repeated sign-in attempts; and understand which content is useful so we can improve it. We do not use your information for automated decisions that have legal or similarly significant effects on you.',
      legalBasisSection(e),
      '## How long we keep it',
      'We keep your account details for as long as your account is open. After an account is deleted we remove or anonymise its personal data, with these exceptions: CME certificates and the records behind them are kept for six years from issue, because accrediting bodies may audit them and the public verification of a certificate depends on them; security logs are kept for up to twelve months; and copies in encrypted backups are overwritten within 35 days. Sign-in rate-limit counters last only hours. We may keep information longer where the law requires it or to deal with a legal claim.',
      '## Who we share it with',
      `We share personal information only with: service providers who host the portal, store data, or send email for us, under contracts that limit them to acting on our instructions and keeping the data secure; accrediting bodies, when you claim CME credit that must be reported to them; ${e.otherEntity}, where needed to operate the portal for you; authorities, when the law requires it or to protect the rights, safety or property of others; and a buyer or successor if our business is reorganised, who must respect this policy. We do not sell your personal information, and we do not give advertisers or sponsors information that identifies you.`,
      '## How we protect it',
      'Passwords are stored only as argon2id hashes. Connections to the portal are encrypted, access to personal data is limited to staff who need it, and administrative actions are recorded in an audit log. Sessions can be ended on every device at once, and changing your password or deactivating your account ends all existing sessions. No system is perfectly secure; if a breach affects your information, we will tell you and the relevant authorities as the law requires.',
      '## Your rights',
      'You can see and correct your profile at any time in your account settings. You can download a copy of your personal data from the data page of your account. You can ask us to correct or erase information, or to explain how we use it, by writing to the address below. We may need to confirm your identity before acting on a request.',
      extraRights(e),
      '## Deactivating or deleting your account',
      'You can deactivate your account yourself from your account settings; the Account Deactivation page explains the steps. Deactivation takes effect at once: you are signed out everywhere, you can no longer sign in, and we stop sending you email. We then keep the account for 30 days in case you change your mind; within that time you can contact us to have it restored. After 30 days the account and its personal data are deleted as described above. If you want your account deleted straight away, say so when you deactivate or write to us.',
      '## Cookies and similar technologies',
      'We use only the cookies the portal needs to work: a session cookie that keeps you signed in, and cookies that protect forms against cross-site request forgery. They expire when you sign out or after a set time. We do not use advertising cookies or third-party analytics. When you play an embedded video, its provider, for example YouTube, may set its own cookies under its own privacy policy. You can block cookies in your browser, but you will not then be able to sign in.',
      '## Children',
      'The portal is meant for healthcare professionals and is not directed at anyone under 18. We do not knowingly collect personal information from children; if we learn that we have, we delete it.',
      transfersSection(e),
      '## Changes to this policy',
      'We may update this policy when our practices or the law change. Each version shows its effective date, and earlier versions remain available on request. If a change materially affects how we use your information, we will tell you by email or on the portal before it takes effect and, where the law requires it, ask for your consent again.',
      contactSection(e),
    ),
  };
}

export const PRIVACY_POLICIES: SeedLegalDocument[] = [buildPrivacyPolicy(LLP), buildPrivacyPolicy(INC)];
