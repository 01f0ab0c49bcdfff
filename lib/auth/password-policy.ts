import 'server-only';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

// Built once: the dictionaries (about 30,000 common and breached passwords and words) are large.
const zxcvbn = new ZxcvbnFactory({
  dictionary: { ...common.dictionary },
  graphs: common.adjacencyGraphs,
});

/**
 * Why a new password is refused, or null when it is acceptable. Checked exactly as typed:
 * no trimming, no case folding, any Unicode. Length counts characters, not bytes, so a
 * password in Devanagari or with emoji is measured as its owner sees it.
 * Refused: shorter than 10 or longer than 128, guessable (zxcvbn score below 3: the common
 * and breached-password lists and their variations), or the user's own name or email with
 * fewer than six other characters.
 */
export function passwordProblem(password: string, userInputs: readonly string[] = []): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
  if (length > PASSWORD_MAX_LENGTH) return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
  const inputs = userInputs.flatMap((input) => input.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((word) => word.length >= 3);
  // zxcvbn rates "anitasharma2026" fair for Anita Sharma; what is left without her name is not.
  const rest = inputs.reduce((left, word) => left.split(word).join(''), password.toLowerCase());
  if ([...rest].length < 6 || zxcvbn.check(password, inputs).score < 3) {
    return 'This password is too easy to guess (it is common, or close to your name or email). Try a longer phrase of unrelated words.';
  }
  return null;
}
