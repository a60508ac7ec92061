/**
 * People record a community's languages as they say them ("Arabic") or as codes ("ar"); variants use codes.
 * Both are compared as primary language codes; a name missing here is compared as written.
 */
const codes: Record<string, string> = {
  amharic: 'am', arabic: 'ar', bengali: 'bn', bosnian: 'bs', chinese: 'zh', croatian: 'hr', dari: 'prs', dutch: 'nl',
  english: 'en', farsi: 'fa', french: 'fr', german: 'de', greek: 'el', hebrew: 'he', hindi: 'hi', hungarian: 'hu',
  italian: 'it', kurdish: 'ku', mandarin: 'zh', pashto: 'ps', persian: 'fa', polish: 'pl', portuguese: 'pt',
  punjabi: 'pa', romanian: 'ro', russian: 'ru', serbian: 'sr', somali: 'so', spanish: 'es', swahili: 'sw',
  tamil: 'ta', tigrinya: 'ti', turkish: 'tr', ukrainian: 'uk', urdu: 'ur', vietnamese: 'vi', yiddish: 'yi',
};

export function languageCode(language: string): string {
  const lower = language.trim().toLowerCase();
  return codes[lower] ?? lower.split('-')[0] ?? lower;
}
