import { describe, expect, it } from 'vitest';
import { cidrWithin, classifyCidr, isPrivateCidr } from '../../src/lib/address-class.js';
import { parseCidr, type ParsedCidr } from '../../src/lib/cidr.js';

const parse = (text: string): ParsedCidr => {
  const c = parseCidr(text);
  if (!c) throw new Error(text);
  return c;
};

describe('classifyCidr', () => {
  it.each([
    ['0.0.0.0/0', 'any'],
    ['10.1.2.3/0', 'any'],
    ['::/0', 'any'],
    ['0::0/0', 'any'],
    ['10.0.0.0/8', 'private'],
    ['10.20.30.40/32', 'private'],
    ['172.16.0.0/12', 'private'],
    ['172.31.255.0/24', 'private'],
    ['192.168.0.0/16', 'private'],
    ['100.64.0.0/10', 'private'],
    ['127.0.0.1/32', 'private'],
    ['169.254.169.254/32', 'private'],
    ['fc00::/7', 'private'],
    ['fd12:3456:789a::/48', 'private'],
    ['fe80::/10', 'private'],
    ['::1/128', 'private'],
    ['172.32.0.0/16', 'public'],
    ['172.15.255.0/24', 'public'],
    ['100.128.0.0/16', 'public'],
    ['11.0.0.0/8', 'public'],
    ['203.0.113.0/24', 'public'],
    ['198.51.100.7/32', 'public'],
    ['192.0.2.0/24', 'public'],
    ['2001:db8::/32', 'public'],
    ['2600:1f18::/32', 'public'],
    ['10.0.0.0/7', 'public'],
    ['0.0.0.0/1', 'public'],
    ['8.0.0.0/6', 'public'],
    ['fc00::/6', 'public'],
  ])('%s is %s', (text, expected) => {
    expect(classifyCidr(parse(text))).toBe(expected);
  });

  it('private means wholly private: a range that only contains private space is not', () => {
    expect(isPrivateCidr(parse('10.0.0.0/8'))).toBe(true);
    expect(isPrivateCidr(parse('8.0.0.0/5'))).toBe(false);
  });
});

describe('cidrWithin', () => {
  const all = (...texts: string[]) => texts.map(parse);

  it('is inside one range or the union of several', () => {
    expect(cidrWithin(parse('203.0.113.10/32'), all('203.0.113.0/24'))).toBe(true);
    expect(cidrWithin(parse('203.0.113.0/24'), all('203.0.113.128/25', '203.0.113.0/25'))).toBe(true);
    expect(cidrWithin(parse('203.0.113.0/24'), all('203.0.113.0/25'))).toBe(false);
    expect(cidrWithin(parse('203.0.113.0/24'), all('203.0.113.0/25', '203.0.113.129/32', '203.0.113.130/31'))).toBe(false);
  });

  it('never mixes families, and nothing is within nothing', () => {
    expect(cidrWithin(parse('::/0'), all('0.0.0.0/0'))).toBe(false);
    expect(cidrWithin(parse('10.0.0.0/8'), [])).toBe(false);
  });

  it('a range is within itself and within a wider one that starts before it', () => {
    expect(cidrWithin(parse('10.1.0.0/16'), all('10.1.0.0/16'))).toBe(true);
    expect(cidrWithin(parse('10.1.0.0/16'), all('10.0.0.0/8'))).toBe(true);
  });
});
