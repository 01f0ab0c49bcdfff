import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  it('refuses passwords shorter than 10 characters, counting characters rather than bytes', () => {
    expect(passwordProblem('Zq8#mW2!x')).toMatch(/at least 10/);
    // Ten Devanagari letters are 30 bytes but ten characters: long enough.
    expect(passwordProblem('कमलघरनदीपथ')).toBeNull();
    expect(passwordProblem('🩺🫀🧠🦴🩸💊🧬🔬🩻🦷')).toBeNull();
  });

  it('refuses passwords longer than 128 characters', () => {
    expect(passwordProblem('correct horse '.repeat(10))).toMatch(/at most 128/);
  });

  it('refuses common and breached-list passwords, and variations on them', () => {
    for (const weak of ['password123', '1234567890', 'qwertyuiop', 'iloveyou12', 'Password1!', 'football2024']) {
      expect(passwordProblem(weak), weak).not.toBeNull();
    }
  });

  it('refuses a password built from the user’s own name or email', () => {
    const inputs = ['Anita Sharma', 'anita.sharma@example.org'];
    for (const weak of ['anitasharma2026', 'Anita.Sharma!', 'SharmaAnita#1']) expect(passwordProblem(weak, inputs), weak).not.toBeNull();
    expect(passwordProblem('anita keeps tundra violets', inputs)).toBeNull();
  });

  it('accepts a long passphrase of unrelated words, exactly as typed', () => {
    expect(passwordProblem('  tundra violet ledger 42  ')).toBeNull();
    expect(passwordProblem('Demo-Portal-2026')).toBeNull();
  });
});
