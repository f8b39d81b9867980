// The names given to Prisma's statements: one per text, stable, never shared by two texts, none for
// a statement without arguments (a script must keep the simple protocol), none past the bound.
import { describe, expect, it } from 'vitest';
import { createStatementNamer } from '@/lib/runtime/statement-names';

describe('createStatementNamer', () => {
  it('names a text the same way every time and two texts differently', () => {
    const name = createStatementNamer();
    const a = name({ sql: 'SELECT path FROM units WHERE id = $1', args: [1] });
    expect(a).toMatch(/^s[\w-]{27}$/);
    expect(name({ sql: 'SELECT path FROM units WHERE id = $1', args: [2] })).toBe(a);
    expect(name({ sql: 'SELECT name FROM units WHERE id = $1', args: [1] })).not.toBe(a);
    // Another process names the same text the same way (a hash of the text, not a counter).
    expect(createStatementNamer()({ sql: 'SELECT path FROM units WHERE id = $1', args: [1] })).toBe(a);
  });

  it('leaves statements without arguments unnamed, and new texts past the bound', () => {
    const name = createStatementNamer(2);
    expect(name({ sql: 'SELECT 1; SELECT 2', args: [] })).toBe('');
    const first = name({ sql: 'SELECT $1::int', args: [1] });
    name({ sql: 'SELECT $1::text', args: ['a'] });
    expect(name({ sql: 'SELECT $1::date', args: ['2026-01-01'] })).toBe('');
    expect(name({ sql: 'SELECT $1::int', args: [5] })).toBe(first);
  });
});
