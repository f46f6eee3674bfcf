import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../src/lib/template.js';

describe('fillTemplate', () => {
  it('fills {{name}} and {{ name }} alike, numbers as written', () => {
    expect(fillTemplate('{{group}} allows {{ port }}/tcp', { group: 'aws_security_group.db', port: 5432 })).toBe('aws_security_group.db allows 5432/tcp');
  });

  it('leaves a name with no value empty, and never reads a value as a template again', () => {
    expect(fillTemplate('[{{missing}}]', {})).toBe('[]');
    expect(fillTemplate('[{{missing}}]', undefined)).toBe('[]');
    expect(fillTemplate('{{a}}', { a: '{{b}}', b: 'x' })).toBe('{{b}}');
  });
});

