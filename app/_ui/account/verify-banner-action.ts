'use server';

import { EmptyInput } from '@/lib/accounts/schemas';
import { resendVerification } from '@/lib/accounts/verification';
import { action } from '@/lib/forms';
import { sendMailAfterResponse } from '@/lib/mail/after-response';

export const resendVerificationLink = action(EmptyInput, { auth: 'user' }, async (_input, { viewer }) => {
  const outcome = await resendVerification(viewer!.id, sendMailAfterResponse);
  return {
    status: 'ok',
    message:
      outcome === 'sent'
        ? `We have sent a new link to ${viewer!.email}. It works for 24 hours; older links no longer work.`
        : 'Your email address is already confirmed.',
  };
});
