import { describe, expect, it } from 'vitest';
import { languageAttributes, textDirection } from '../../../shared/rules/text-direction';

describe('the direction of a language', () => {
  it('is right to left for Arabic, Urdu, Persian, Pashto and Hebrew, by the primary subtag, in any case', () => {
    for (const tag of ['ar', 'ur', 'fa', 'ps', 'he', 'ar-EG', 'UR-PK', 'fa-AF']) expect(textDirection(tag), tag).toBe('rtl');
  });

  it('is left to right for the rest, and for tags that only start like an RTL code', () => {
    for (const tag of ['en', 'es', 'pt-BR', 'tr', 'so', 'ara', 'hr', '']) expect(textDirection(tag), tag).toBe('ltr');
  });

  it('gives an element both attributes', () => {
    expect(languageAttributes('ur')).toEqual({ lang: 'ur', dir: 'rtl' });
    expect(languageAttributes('en')).toEqual({ lang: 'en', dir: 'ltr' });
  });
});
