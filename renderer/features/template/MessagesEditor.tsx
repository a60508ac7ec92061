import { statementPhases } from '../../../shared/domain/statement';
import type { TemplateMessage } from '../../../shared/domain/template';
import { ChoiceField, Field } from '../../components/Field';
import { phaseLabels } from '../statement/labels';

/** Scripts written right to left: their text box reads and types that way. */
const rightToLeft = new Set(['ar', 'ur', 'fa', 'he', 'ps', 'ku', 'dv', 'yi']);
const direction = (language: string): 'rtl' | 'ltr' => (rightToLeft.has(language.trim().toLowerCase().split('-')[0] ?? '') ? 'rtl' : 'ltr');

export const blankMessage = (): TemplateMessage => ({ title: '', phase: 'first-official', audience: '', channels: [], texts: [{ language: 'en', text: '' }] });

interface Props {
  messages: TemplateMessage[];
  onChange: (messages: TemplateMessage[]) => void;
}

/**
 * Key messages per language, placeholders such as [time] and [place] left as text for the day: each becomes a draft
 * statement with a revision per language when an incident starts from the template.
 */
export function MessagesEditor({ messages, onChange }: Props) {
  const change = (index: number, message: TemplateMessage) => onChange(messages.map((m, i) => (i === index ? message : m)));
  return (
    <div className="messages-editor">
      <h3>Message templates</h3>
      {messages.length === 0 && <p className="muted">No message yet.</p>}
      {messages.map((message, index) => {
        const setText = (at: number, patch: Partial<TemplateMessage['texts'][number]>) =>
          change(index, { ...message, texts: message.texts.map((t, i) => (i === at ? { ...t, ...patch } : t)) });
        return (
          <fieldset key={index} className="message-fields">
            <legend>{message.title.trim() || `Message ${index + 1}`}</legend>
            <Field label="Message title">{(control) => <input {...control} value={message.title} onChange={(e) => change(index, { ...message, title: e.target.value })} />}</Field>
            <ChoiceField label="Phase" value={message.phase} options={statementPhases} describe={(p) => phaseLabels[p]} onChange={(phase) => change(index, { ...message, phase })} />
            {message.texts.map((text, at) => (
              <div key={at} className="message-language">
                <Field label="Language" hint="A code such as en, ar or ur.">
                  {(control) => <input {...control} className="language-code" value={text.language} onChange={(e) => setText(at, { language: e.target.value })} />}
                </Field>
                <Field label={`Text (${text.language || 'no language yet'})`}>
                  {(control) => (
                    <textarea {...control} rows={4} dir={direction(text.language)} lang={text.language || undefined} value={text.text} onChange={(e) => setText(at, { text: e.target.value })} />
                  )}
                </Field>
                {message.texts.length > 1 && (
                  <button type="button" className="quiet small" onClick={() => change(index, { ...message, texts: message.texts.filter((_, i) => i !== at) })}>
                    Remove the {text.language || 'empty'} text
                  </button>
                )}
              </div>
            ))}
            <div className="actions">
              <button type="button" className="small" onClick={() => change(index, { ...message, texts: [...message.texts, { language: '', text: '' }] })}>
                Add a language
              </button>
              <button type="button" className="quiet small" onClick={() => onChange(messages.filter((_, i) => i !== index))}>
                Remove this message
              </button>
            </div>
          </fieldset>
        );
      })}
      <button type="button" onClick={() => onChange([...messages, blankMessage()])}>
        Add a message
      </button>
    </div>
  );
}
