import { describe, expect, it } from 'vitest';
import { canReadFull } from './access';

const active = { id: 7, status: 'active' as const };

describe('canReadFull', () => {
  it('opens public items to anonymous readers', () => {
    expect(canReadFull({ access: 'public' }, null)).toBe(true);
  });

  it('opens public items to signed-in readers', () => {
    expect(canReadFull({ access: 'public' }, active)).toBe(true);
  });

  it('keeps members-only items from anonymous readers', () => {
    expect(canReadFull({ access: 'members' }, null)).toBe(false);
  });

  it('opens members-only items to an active signed-in reader', () => {
    expect(canReadFull({ access: 'members' }, active)).toBe(true);
  });

  it('keeps members-only items from a deactivated or deleted account', () => {
    expect(canReadFull({ access: 'members' }, { id: 7, status: 'deactivated' })).toBe(false);
    expect(canReadFull({ access: 'members' }, { id: 7, status: 'deleted' })).toBe(false);
  });

  it('denies an access level it does not know, even to a signed-in reader', () => {
    expect(canReadFull({ access: 'staff' }, active)).toBe(false);
    expect(canReadFull({ access: '' }, null)).toBe(false);
  });
});
