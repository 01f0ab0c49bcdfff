import { describe, expect, it } from 'vitest';
import { canReadCmeContent, cmeTestRefusal, type CmeReader } from './access';

const doctor: CmeReader = { id: 1, status: 'active', isEmailVerified: true };
const published = { status: 'published', expiryDate: '2027-06-30' };

describe('CME content rule', () => {
  it('opens a published activity to an active account only', () => {
    expect(canReadCmeContent(published, doctor)).toBe(true);
    expect(canReadCmeContent(published, null)).toBe(false);
    expect(canReadCmeContent(published, { ...doctor!, status: 'deactivated' })).toBe(false);
    expect(canReadCmeContent(published, { ...doctor!, status: 'deleted' })).toBe(false);
  });

  it('refuses whatever it does not name', () => {
    for (const status of ['draft', 'scheduled', 'archived', 'Published', '', 'anything']) {
      expect(canReadCmeContent({ status }, doctor)).toBe(false);
    }
    expect(canReadCmeContent(published, { ...doctor!, status: 'suspended' as never })).toBe(false);
  });

  it('lets a verified reader take the test of an activity that has not expired', () => {
    expect(cmeTestRefusal(published, doctor, '2027-01-01')).toBeNull();
    expect(cmeTestRefusal(published, null, '2027-01-01')).toBe('signed_out');
    expect(cmeTestRefusal(published, { ...doctor!, isEmailVerified: false }, '2027-01-01')).toBe('unverified');
    expect(cmeTestRefusal(published, doctor, '2027-06-30')).toBe('expired');
    expect(cmeTestRefusal({ ...published, status: 'draft' }, doctor, '2027-01-01')).toBe('signed_out');
  });
});
