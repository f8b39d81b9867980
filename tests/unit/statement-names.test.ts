// The names given to Prisma's statements: only to statements marked PREPARED, one per text, stable,
// never shared by two texts, none past the bound.
import { describe, expect, it } from 'vitest';
import { createStatementNamer, PREPARED_MARK } from '@/lib/runtime/statement-names';

const marked = (sql: string) => ({ sql: `${PREPARED_MARK} ${sql}` });

describe('createStatementNamer', () => {
  it('names a marked text the same way every time and two texts differently', () => {
    const name = createStatementNamer();
    const a = name(marked('SELECT path FROM units WHERE id = $1'));
    expect(a).toMatch(/^s[\w-]{27}$/);
    expect(name(marked('SELECT path FROM units WHERE id = $1'))).toBe(a);
    expect(name(marked('SELECT name FROM units WHERE id = $1'))).not.toBe(a);
    // Another process names the same text the same way (a hash of the text, not a counter).
    expect(createStatementNamer()(marked('SELECT path FROM units WHERE id = $1'))).toBe(a);
  });

  it('leaves unmarked statements unnamed, and new marked texts past the bound', () => {
    const name = createStatementNamer(2);
    expect(name({ sql: 'SELECT p.id FROM members p WHERE p.unit_path ~>=~ $1' })).toBe('');
    const first = name(marked('SELECT $1::int'));
    name(marked('SELECT $1::text'));
    expect(name(marked('SELECT $1::date'))).toBe('');
    expect(name(marked('SELECT $1::int'))).toBe(first);
  });
});
