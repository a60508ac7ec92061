/**
 * The languages written right to left that statements are kept in (Arabic, Urdu, Persian, Pashto, Hebrew and a few
 * more written in their scripts). Every place that shows text in a language sets `lang` and `dir` from this one list,
 * so the browser lays it out and picks its font (renderer/styles/fonts.css) the same way everywhere.
 */
export const rightToLeftLanguages: readonly string[] = ['ar', 'ur', 'fa', 'ps', 'he', 'yi', 'sd', 'ckb', 'ug', 'prs'];

/** "rtl" or "ltr" for a BCP 47 tag: its primary subtag decides ("ar-EG" is Arabic), whatever its case. */
export function textDirection(language: string): 'rtl' | 'ltr' {
  const primary = language.split('-')[0]?.toLowerCase() ?? '';
  return rightToLeftLanguages.includes(primary) ? 'rtl' : 'ltr';
}

/** The two attributes an element showing text in `language` carries: spread them onto it. */
export function languageAttributes(language: string): { lang: string; dir: 'rtl' | 'ltr' } {
  return { lang: language, dir: textDirection(language) };
}
