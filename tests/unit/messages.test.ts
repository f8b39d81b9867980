// Every string the UI shows comes from the message files: both languages must have the same keys.
import { describe, expect, it } from 'vitest';
import vi from '@/lib/i18n/messages/vi';
import en from '@/lib/i18n/messages/en';
import { mergeMessages } from '@/lib/i18n/merge-messages';

type Messages = { [key: string]: string | Messages };
const keys = (messages: Messages, prefix = ''): string[] =>
  Object.entries(messages).flatMap(([key, value]) => (typeof value === 'string' ? [prefix + key] : keys(value, `${prefix}${key}.`)));

describe('message files', () => {
  it('give Vietnamese and English the same keys', () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort());
  });

  it('leave no message empty', () => {
    for (const messages of [vi, en]) {
      const empty = keys(messages).filter((key) => !key.split('.').reduce<Messages | string>((node, part) => (node as Messages)[part], messages));
      expect(empty).toEqual([]);
    }
  });

  it('refuse a key defined twice when merging', () => {
    expect(() => mergeMessages({ a: { b: 'x' } }, { a: { b: 'y' } })).toThrow('"b"');
    expect(mergeMessages({ a: { b: 'x' } }, { a: { c: 'y' } })).toEqual({ a: { b: 'x', c: 'y' } });
  });
});
