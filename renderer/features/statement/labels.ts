import type { StatementChannel, StatementPhase, StatementStatus, TranslationStatus } from '../../../shared/domain/statement';
import type { GuidanceRule } from '../../../shared/rules/guidance/types';

export const phaseLabels: Record<StatementPhase, string> = {
  'immediate-safety': 'Immediate safety guidance',
  'first-official': 'First official statement',
  'direct-engagement': 'Direct-engagement remarks',
  update: 'Update',
};

export const channelLabels: Record<StatementChannel, string> = {
  'community-network': 'Community network',
  press: 'Press',
  social: 'Social media',
  radio: 'Radio',
  sms: 'SMS',
  website: 'Website',
};

export const statusLabels: Record<StatementStatus, string> = {
  draft: 'Draft',
  'in-review': 'In review',
  approved: 'Approved',
  published: 'Published',
  withdrawn: 'Withdrawn',
};

export const translationLabels: Record<TranslationStatus, string> = {
  needed: 'Translation needed',
  'in-progress': 'In progress',
  done: 'Done',
  checked: 'Checked',
};

export const ruleLabels: Record<GuidanceRule, string> = {
  'perpetrator-name': 'Withheld name',
  'militaristic-language': 'Militaristic wording',
  'no-unity-call': 'No call for unity',
  'no-safety-guidance': 'No safety guidance',
  readability: 'Hard to read',
  'missing-language-variant': 'Missing language',
  'community-network-first': 'Community network first',
  'repeats-false-claim': 'Repeats a false claim',
  'group-blame': 'Blames a community',
  'no-stance-against-hate': 'No stance against hate',
  'internal-priority-disclosed': 'Internal priority or task',
};

const names = new Intl.DisplayNames(['en'], { type: 'language' });

/** "Spanish (es)": the name people know and the code the exports carry. */
export function languageName(code: string): string {
  try {
    return `${names.of(code) ?? code} (${code})`;
  } catch {
    return code;
  }
}
