import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '@/lib/forms';
import { COUNTRIES, COUNTRY_CODES } from './countries';
import { ProfileInput, RegisterInput } from './schemas';

const valid = {
  name: '  Anita Sharma ',
  email: ' Anita.Sharma@Example.org ',
  password: 'tundra violet ledger 42',
  profession: 'doctor',
  specialty: 'oncology',
  registrationNumber: 'MCI-12345',
  registrationCouncil: 'Maharashtra Medical Council',
  country: 'IN',
  acceptTerms: 'on',
};

function errorsFor(fields: Record<string, unknown>) {
  const parsed = RegisterInput.safeParse(fields);
  return parsed.success ? {} : fieldErrorsOf(parsed.error);
}

describe('RegisterInput', () => {
  it('accepts a complete doctor, trimming names and addresses but never the password', () => {
    const parsed = RegisterInput.parse({ ...valid, password: '  spaces count too  ' });
    expect(parsed).toMatchObject({ name: 'Anita Sharma', email: 'Anita.Sharma@Example.org', password: '  spaces count too  ', specialty: 'oncology' });
  });

  it('asks a doctor for the registration number and council, and nobody else', () => {
    const errors = errorsFor({ ...valid, registrationNumber: '', registrationCouncil: ' ' });
    expect(errors.registrationNumber).toEqual(['Doctors: enter your medical registration number.']);
    expect(errors.registrationCouncil).toEqual(['Doctors: enter the council that registered you.']);
    expect(RegisterInput.safeParse({ ...valid, profession: 'nurse', registrationNumber: '', registrationCouncil: '' }).success).toBe(true);
  });

  it('reports the doctor rule beside the other fields’ errors, not instead of them', () => {
    const errors = errorsFor({ ...valid, name: '', registrationNumber: '' });
    expect(Object.keys(errors).sort()).toEqual(['name', 'registrationNumber']);
  });

  it('answers bad input with a message per field, never an exception', () => {
    expect(errorsFor({ ...valid, email: 'not-an-address' }).email).toEqual(['Enter a valid email address, like name@example.com.']);
    expect(errorsFor({ ...valid, email: 'anita\u0000@example.org' }).email).toEqual(['Enter a valid email address, like name@example.com.']);
    expect(errorsFor({ ...valid, email: `${'a'.repeat(250)}@example.org` }).email?.[0]).toMatch(/at most 254/);
    expect(errorsFor({ ...valid, name: 'x'.repeat(10_000) }).name).toEqual(['Use at most 120 characters for your name.']);
    expect(errorsFor({ ...valid, name: 'Anita\nSharma' }).name?.[0]).toMatch(/cannot store/);
    expect(errorsFor({ ...valid, password: 'short' }).password).toEqual(['Use at least 10 characters.']);
    expect(errorsFor({ ...valid, password: 'x'.repeat(129) }).password).toEqual(['Use at most 128 characters.']);
    expect(errorsFor({ ...valid, profession: 'surgeon' }).profession).toEqual(['Choose your profession.']);
    expect(errorsFor({ ...valid, country: 'XX' }).country).toEqual(['Choose your country from the list.']);
    expect(errorsFor({ ...valid, specialty: '<script>' }).specialty).toEqual(['Choose a specialty from the list.']);
    expect(errorsFor({ ...valid, registrationNumber: 'R'.repeat(41) }).registrationNumber?.[0]).toMatch(/at most 40/);
    expect(errorsFor({ ...valid, acceptTerms: undefined }).acceptTerms?.[0]).toMatch(/Accept the Terms/);
    const empty = errorsFor({});
    expect(Object.keys(empty).sort()).toEqual(['acceptTerms', 'country', 'email', 'name', 'password', 'profession'].sort());
  });
});

describe('ProfileInput', () => {
  it('is the sign-up profile without email, password and terms', () => {
    expect(ProfileInput.parse({ ...valid, email: undefined, password: undefined, acceptTerms: undefined })).toEqual({
      name: 'Anita Sharma',
      profession: 'doctor',
      specialty: 'oncology',
      registrationNumber: 'MCI-12345',
      registrationCouncil: 'Maharashtra Medical Council',
      country: 'IN',
    });
    expect(ProfileInput.parse({ ...valid, profession: 'student', specialty: '', registrationNumber: '', registrationCouncil: '' })).toMatchObject({
      specialty: null,
      registrationNumber: null,
      registrationCouncil: null,
    });
  });
});

describe('countries', () => {
  it('lists every assigned ISO 3166-1 alpha-2 code once, by name', () => {
    expect(COUNTRIES).toHaveLength(249);
    expect(COUNTRY_CODES.size).toBe(249);
    for (const code of ['IN', 'US', 'GB', 'DE', 'NP', 'LK', 'AE', 'SS']) expect(COUNTRY_CODES.has(code), code).toBe(true);
    for (const code of ['UK', 'EU', 'XK', 'ZZ']) expect(COUNTRY_CODES.has(code), code).toBe(false);
    const names = COUNTRIES.map(([, name]) => name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });
});
