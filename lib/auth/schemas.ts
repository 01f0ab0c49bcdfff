import { z } from 'zod';

/** A session in the list is named by its row id, the SHA-256 of its token in hex. */
export const EndSessionInput = z.object({
  sessionId: z.string().regex(/^[0-9a-f]{64}$/, 'Choose a device from the list.'),
});
