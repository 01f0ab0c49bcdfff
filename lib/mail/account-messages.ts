import { env, siteUrl } from '@/lib/env';
import { escapeHtml } from '@/lib/security/html';

/**
 * The messages /account/security sends. Each is plain text and HTML with the site name, and
 * carries at most one link that matters (the change-email confirmation, to the new address
 * only); notices carry no link that acts on the account, so a forwarded or leaked notice is
 * harmless.
 */
export type AccountMessage = { subject: string; text: string; html: string };


/** `a***@example.com`: enough for the owner to recognise, not a full address to a stranger. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '***';
  return `${email[0]}***${email.slice(at)}`;
}

type Paragraph = string | { link: string; label: string };

function compose(subject: string, name: string, paragraphs: Paragraph[]): AccountMessage {
  const site = env.SITE_NAME;
  const greeting = `Hello ${name},`;
  const closing = `— ${site}`;
  const text = [greeting, ...paragraphs.map((p) => (typeof p === 'string' ? p : `${p.label}:\n${p.link}`)), closing].join('\n\n');
  const body = paragraphs
    .map((p) =>
      typeof p === 'string'
        ? `<p>${escapeHtml(p)}</p>`
        : `<p><a href="${escapeHtml(p.link)}">${escapeHtml(p.label)}</a></p><p style="font-size:12px;color:#555">${escapeHtml(p.link)}</p>`,
    )
    .join('\n');
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#111">
<p style="font-weight:600">${escapeHtml(site)}</p>
<p>${escapeHtml(greeting)}</p>
${body}
<p>${escapeHtml(closing)}</p>
</body></html>`;
  return { subject: `${subject} · ${site}`, text, html };
}

const notYou = () =>
  `If this was not you, reset your password at ${siteUrl()}/forgot-password and sign out of your other devices in your account's security page.`;

export function passwordChangedMessage(input: { name: string }): AccountMessage {
  return compose('Your password was changed', input.name, [
    'The password of your account was just changed. Your other devices were signed out; the one you used stays signed in.',
    notYou(),
  ]);
}

/** To the NEW address: its one link confirms the change. */
export function emailChangeLinkMessage(input: { name: string; link: string }): AccountMessage {
  return compose('Confirm your new email address', input.name, [
    'You asked to use this address for your account. Open the link below within 24 hours to confirm it; until then your account keeps its current address.',
    { link: input.link, label: 'Confirm this address' },
    'If you did not ask for this, ignore this message: nothing changes.',
  ]);
}

/** To the OLD address, when a change is asked for: no link to the confirmation. */
export function emailChangeNoticeMessage(input: { name: string; newEmail: string }): AccountMessage {
  return compose('A change of your email address was requested', input.name, [
    `Someone signed in to your account asked to change its email address to ${maskEmail(input.newEmail)}. The change happens only when the link sent to that address is opened.`,
    notYou(),
  ]);
}

/** To the OLD address once the change is done. */
export function emailChangedMessage(input: { name: string; newEmail: string }): AccountMessage {
  return compose('Your email address was changed', input.name, [
    `Your account now uses ${maskEmail(input.newEmail)} to sign in and receive mail. This address will get no more messages about it.`,
    `If this was not you, contact us by replying to this message.`,
  ]);
}

/**
 * To an address that already has an account, when someone asks to move another account onto it:
 * the requester sees the same answer as for a free address, and the owner learns of it here.
 */
export function emailInUseNoticeMessage(): AccountMessage {
  return compose('Someone tried to use your email address', 'there', [
    'Someone signed in to another account asked to change its email address to this one. This address already has an account with us, so nothing was changed.',
    'You do not need to do anything.',
  ]);
}

export function twoFactorEnabledMessage(input: { name: string }): AccountMessage {
  return compose('Two-factor sign-in is on', input.name, [
    'Two-factor sign-in was turned on for your account: signing in now asks for a code from your authenticator app, or one of your recovery codes.',
    notYou(),
  ]);
}

export function twoFactorDisabledMessage(input: { name: string }): AccountMessage {
  return compose('Two-factor sign-in is off', input.name, [
    'Two-factor sign-in was turned off for your account: signing in now asks only for your password, and your recovery codes no longer work.',
    notYou(),
  ]);
}

export function recoveryCodesRegeneratedMessage(input: { name: string }): AccountMessage {
  return compose('New recovery codes', input.name, [
    'New two-factor recovery codes were made for your account; the old ones no longer work.',
    notYou(),
  ]);
}
