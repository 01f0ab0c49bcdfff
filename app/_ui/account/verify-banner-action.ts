'use server';

import { resendVerification } from '@/lib/accounts/verification';
import { action, NoFields } from '@/lib/forms';
import { sendMailAfterResponse } from '@/lib/mail/after-response';

export const resendVerificationLink = action(NoFields, { auth: 'user' }, async (_input, { viewer }) => {
  const outcome = await resendVerification(viewer.id, sendMailAfterResponse);
  return {
    status: 'ok',
    message:
      outcome === 'sent'
        ? `We have sent a new link to ${viewer.email}. It works for 24 hours; older links no longer work.`
        : 'Your email address is already confirmed.',
  };
});
