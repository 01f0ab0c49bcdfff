import 'server-only';
import { siteUrl } from '@/lib/env';
import { escapeHtml } from '@/lib/security/html';
import { siteName } from '@/lib/site';
import type { MailMessage } from './send';

/**
 * Every message the portal sends, in one layout: a greeting, a few paragraphs, at most one
 * button-like link, and a footer with the site's name and address. Plain text and HTML say the
 * same. Links are built from the configured site URL only, never from a request's Host header,
 * and a message carries nothing secret but the one link it exists for.
 */

type Layout = {
  to: string;
  subject: string;
  name: string;
  paragraphs: string[];
  action?: { label: string; path: string };
  /** After the link: how long it works, what to do if it was not you. */
  after?: string[];
};

/** A site address for a mail link; only paths of our own, joined to SITE_URL. */
export function mailLink(path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) throw new Error(`A mail link is a path on this site, not ${path}`);
  return `${siteUrl()}${path}`;
}

function render({ to, subject, name, paragraphs, action, after = [] }: Layout): MailMessage {
  const url = action ? mailLink(action.path) : null;
  const greeting = `Hello ${name},`;
  const signature = `— The ${siteName} team`;
  const footer = `${siteName} · ${siteUrl()}`;

  const text = [
    greeting,
    ...paragraphs,
    ...(action && url ? [`${action.label}:\n${url}`] : []),
    ...after,
    signature,
    `--\n${footer}\nYou receive this message because of an action on your ${siteName} account.`,
  ].join('\n\n');

  const p = (body: string) => `<p style="margin:0 0 16px;line-height:1.5">${escapeHtml(body)}</p>`;
  const html = [
    '<!doctype html>',
    `<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="margin:0;padding:24px;background:#f8fafc;font-family:Arial,Helvetica,sans-serif;color:#0f172a">',
    '<div style="max-width:560px;margin:0 auto;background:#ffffff;border:1px solid #e2e8f0;border-radius:8px;padding:24px">',
    `<p style="margin:0 0 24px;font-size:20px;font-weight:bold;color:#115e59">${escapeHtml(siteName)}</p>`,
    p(greeting),
    ...paragraphs.map(p),
    ...(action && url
      ? [
          `<p style="margin:24px 0"><a href="${escapeHtml(url)}" style="display:inline-block;background:#115e59;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:bold">${escapeHtml(action.label)}</a></p>`,
          `<p style="margin:0 0 16px;font-size:13px;color:#475569">If the button does not work, copy this address into your browser:<br>${escapeHtml(url)}</p>`,
        ]
      : []),
    ...after.map(p),
    p(signature),
    `<p style="margin:24px 0 0;font-size:12px;color:#64748b">${escapeHtml(footer)}<br>You receive this message because of an action on your ${escapeHtml(siteName)} account.</p>`,
    '</div></body></html>',
  ].join('\n');

  return { to, subject, text, html };
}

type Recipient = { email: string; name: string };

/** After sign-up (and "resend"): the link that confirms the address. */
export function verifyEmailMessage(user: Recipient, token: string): MailMessage {
  return render({
    to: user.email,
    subject: `Confirm your email address for ${siteName}`,
    name: user.name,
    paragraphs: [`Thank you for creating an account on ${siteName}. Please confirm that this is your email address.`],
    action: { label: 'Confirm my email address', path: `/verify-email/${encodeURIComponent(token)}` },
    after: ['The link works once, for 24 hours.', 'If you did not create this account, ignore this message: nothing more will happen.'],
  });
}

/** Someone tried to sign up with an address that already has an account: its owner is told instead. */
export function accountExistsMessage(user: Recipient): MailMessage {
  return render({
    to: user.email,
    subject: `Someone tried to create a ${siteName} account with your address`,
    name: user.name,
    paragraphs: [
      `Someone tried to create a new ${siteName} account with this email address, which already has an account. No new account was created.`,
      'If it was you, sign in with your password, or set a new one if you have forgotten it.',
    ],
    action: { label: 'Sign in', path: '/login' },
    after: [`Forgot your password? Ask for a new one at ${mailLink('/forgot-password')}`, 'If it was not you, you need not do anything: your account is unchanged.'],
  });
}

/** The link that sets a new password. */
export function resetPasswordMessage(user: Recipient, token: string): MailMessage {
  return render({
    to: user.email,
    subject: `Set a new password for ${siteName}`,
    name: user.name,
    paragraphs: ['We received a request to set a new password for your account.'],
    action: { label: 'Set a new password', path: `/reset-password/${encodeURIComponent(token)}` },
    after: [
      'The link works once, for one hour; asking again makes the older link stop working.',
      'If you did not ask for this, ignore this message: your password stays as it is.',
    ],
  });
}

/** After a reset: so that the owner learns of a reset they did not make. */
export function passwordChangedMessage(user: Recipient): MailMessage {
  return render({
    to: user.email,
    subject: `Your ${siteName} password was changed`,
    name: user.name,
    paragraphs: [
      'The password of your account was just changed, and every device that was signed in has been signed out.',
      'If you did this, there is nothing more to do.',
    ],
    action: { label: 'Sign in', path: '/login' },
    after: [`If you did not, set a new password at once at ${mailLink('/forgot-password')} and tell our support team.`],
  });
}
