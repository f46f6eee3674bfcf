import { describe, expect, it } from 'vitest';
import { servicesIn } from '../../src/lib/services.js';

describe('servicesIn', () => {
  it('names the well-known services a range opens, in port order', () => {
    expect(servicesIn(443, 3389)).toEqual(['SMB 445', 'MS SQL 1433', 'Oracle 1521-1522', 'NFS 2049', 'Docker 2375-2376', 'MySQL 3306', 'RDP 3389']);
    expect(servicesIn(80, 80)).toEqual([]);
    expect(servicesIn(0, 65535, 3)).toEqual(['FTP 20-21', 'SSH 22', 'Telnet 23', 'and 23 more']);
  });
});
