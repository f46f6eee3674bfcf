import { describe, expect, it } from 'vitest';
import { coversWholeFamily, parseCidr, type ParsedCidr } from '../../src/lib/cidr.js';

describe('parseCidr', () => {
  it.each([
    ['0.0.0.0/0', 4, '0.0.0.0/0', 0],
    ['10.1.2.3/0', 4, '0.0.0.0/0', 0],
    ['10.1.2.3/8', 4, '10.0.0.0/8', 8],
    ['192.168.1.10', 4, '192.168.1.10/32', 32],
    ['::/0', 6, '::/0', 0],
    ['0::0/0', 6, '::/0', 0],
    ['0:0:0:0:0:0:0:0/0', 6, '::/0', 0],
    ['2001:db8::1/32', 6, '2001:db8::/32', 32],
    ['2001:DB8::/48', 6, '2001:db8::/48', 48],
    [' 10.0.0.0/16 ', 4, '10.0.0.0/16', 16],
  ])('%s is IPv%s %s', (text, family, cidr, prefix) => {
    expect(parseCidr(text)).toMatchObject({ family, cidr, prefix });
  });

  it.each(['', 'any', '10.0.0.0/33', '::/129', '010.0.0.0/8', '10.0.0/8', '1.2.3.4/-1', '1.2.3.4/8/8', 'sg-123'])('rejects %j', (text) => {
    expect(parseCidr(text)).toBeNull();
  });
});

describe('coversWholeFamily', () => {
  const all = (...texts: string[]): ParsedCidr[] => texts.map((t) => parseCidr(t) as ParsedCidr);

  it('0.0.0.0/1 + 128.0.0.0/1 is the whole IPv4 internet', () => {
    expect(coversWholeFamily(all('0.0.0.0/1', '128.0.0.0/1'), 4)).toBe(true);
  });

  it('overlapping and out-of-order pieces still cover it', () => {
    expect(coversWholeFamily(all('128.0.0.0/1', '0.0.0.0/2', '32.0.0.0/3', '64.0.0.0/2', '10.0.0.0/8'), 4)).toBe(true);
  });

  it('a gap of one /32 is not the whole internet', () => {
    const pieces = all('0.0.0.0/1', '128.0.0.0/2', '192.0.0.0/3', '224.0.0.0/4', '240.0.0.0/5', '248.0.0.0/6', '252.0.0.0/7', '254.0.0.0/8');
    expect(coversWholeFamily(pieces, 4)).toBe(false);
    expect(coversWholeFamily([...pieces, ...all('255.0.0.0/8')], 4)).toBe(true);
  });

  it('IPv6 halves cover IPv6 and say nothing of IPv4', () => {
    const halves = all('::/1', '8000::/1');
    expect(coversWholeFamily(halves, 6)).toBe(true);
    expect(coversWholeFamily(halves, 4)).toBe(false);
  });

  it('nothing covers nothing', () => {
    expect(coversWholeFamily([], 4)).toBe(false);
  });
});
