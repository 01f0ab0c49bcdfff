import { describe, expect, it } from 'vitest';
import { clientAddress } from './client-address';

const from = (forwardedFor?: string) => new Headers(forwardedFor === undefined ? {} : { 'X-Forwarded-For': forwardedFor });

describe('clientAddress', () => {
  it('is the address the front cache appended last, whatever the client wrote before it', () => {
    expect(clientAddress(from('203.0.113.7'), 0)).toBe('203.0.113.7');
    expect(clientAddress(from('1.2.3.4, 6.6.6.6, 203.0.113.7'), 0)).toBe('203.0.113.7');
    expect(clientAddress(from('2001:db8::1'), 0)).toBe('2001:db8::1');
  });

  it('with trusted proxies in front, is the address the first of them saw', () => {
    // A client wrote 6.6.6.6; our proxy appended the client's real address; the front cache, the proxy's.
    expect(clientAddress(from('6.6.6.6, 198.51.100.4, 10.0.0.2'), 1)).toBe('198.51.100.4');
  });

  it('is unknown without the header, with fewer entries than proxies, or when the entry is not an address', () => {
    expect(clientAddress(from(), 0)).toBeNull();
    expect(clientAddress(from(''), 0)).toBeNull();
    expect(clientAddress(from('10.0.0.2'), 1)).toBeNull();
    expect(clientAddress(from('1.2.3.4, not-an-address'), 0)).toBeNull();
    expect(clientAddress(from("1.2.3.4, x'; drop table posts; --"), 0)).toBeNull();
  });

  it('reads an IPv4 address mapped into IPv6 as the IPv4 address', () => {
    expect(clientAddress(from('::ffff:127.0.0.1'), 0)).toBe('127.0.0.1');
    expect(clientAddress(from('::FFFF:203.0.113.7'), 0)).toBe('203.0.113.7');
    expect(clientAddress(from('::ffff:7f00:1'), 0)).toBe('::ffff:7f00:1');
  });
});
