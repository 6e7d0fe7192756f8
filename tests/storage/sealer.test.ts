import { describe, expect, it } from 'vitest';
import { createSealer } from '../../src/storage/sealed/sealer.js';

const SECRET = 'sealer-test-secret-0123456789abcdef';

describe('the sealer', () => {
  const sealer = createSealer(SECRET);

  it('makes tokens that can be looked up and opened, for one purpose only', () => {
    const token = sealer.token('person', 'slack:U012AB3CD');
    expect(token).not.toContain('U012AB3CD');
    expect(sealer.token('person', 'slack:U012AB3CD')).toBe(token);
    expect(createSealer(SECRET).token('person', 'slack:U012AB3CD')).toBe(token);
    expect(sealer.open('person', token)).toBe('slack:U012AB3CD');
    // Another table's token of the same person is unrelated, and does not open as this one.
    expect(sealer.token('kaffe', 'slack:U012AB3CD')).not.toBe(token);
    expect(createSealer(SECRET).open('kaffe', token)).toBeUndefined();
  });

  it('binds a token to its context: the same person in two rows gets two unrelated targets', () => {
    const welcome = sealer.token('deliveries.target', 'U012AB3CD', 'onboarding');
    const consent = sealer.token('deliveries.target', 'U012AB3CD', 'consent:n1');
    expect(welcome).not.toBe(consent);
    expect(createSealer(SECRET).open('deliveries.target', welcome, 'onboarding')).toBe('U012AB3CD');
    expect(createSealer(SECRET).open('deliveries.target', welcome, 'consent:n1')).toBeUndefined();
  });

  it('keeps the platform readable in a person key and nothing else', () => {
    const stored = sealer.personToken('nominations', 'teams:29:1abcDEF');
    expect(stored.startsWith('teams:')).toBe(true);
    expect(stored).not.toContain('1abcDEF');
    expect(createSealer(SECRET).personOf('nominations', stored)).toBe('teams:29:1abcDEF');
  });

  it('seals a value differently every time, and opens it only with the secret and purpose', () => {
    const a = sealer.seal('people.name', 'Kari Nordmann');
    const b = sealer.seal('people.name', 'Kari Nordmann');
    expect(a).not.toBe(b);
    expect(a).not.toContain('Kari');
    expect(sealer.unseal('people.name', a)).toBe('Kari Nordmann');
    expect(sealer.unseal('people.email', a)).toBeUndefined();
    expect(createSealer('another-secret-0123456789abcdef').unseal('people.name', a)).toBeUndefined();
    // Tampering is detected: one changed character and it no longer opens.
    const tampered = `${a.slice(0, -2)}${a.at(-2) === 'A' ? 'B' : 'A'}${a.at(-1)}`;
    expect(sealer.unseal('people.name', tampered)).toBeUndefined();
  });

  it('does not take a plain value for a sealed one', () => {
    expect(createSealer(SECRET).open('person', 'slack:U012AB3CD')).toBeUndefined();
    expect(createSealer(SECRET).personOf('person', 'slack:U012AB3CD')).toBeUndefined();
    expect(sealer.unseal('people.name', 'Kari Nordmann')).toBeUndefined();
  });
});
