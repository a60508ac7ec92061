import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TemplateContentInput } from '../../../shared/domain/template';
import type { MethodInput, MethodName } from '../../../shared/contract';
import type { Result } from '../../../shared/result';
import { builtInTemplates } from '../../../electron/core/domains/template/built-in';
import { tempConcord } from '../../fixtures/temp-store';

type Console = Awaited<ReturnType<typeof tempConcord>>;
let c: Console;
beforeEach(async () => {
  c = await tempConcord();
});
afterEach(() => c.close());

/** The typed error a call answers; fails the test when it succeeds. */
async function refusal<M extends MethodName>(t: Console, method: M, input: MethodInput<M>): Promise<{ code: string; message: string }> {
  const result = (await t.concord.call(method, input)) as Result<unknown>;
  if (result.ok) throw new Error(`${method} should have been refused`);
  return result.error;
}

const BUILT_IN = [...builtInTemplates.keys()][0] ?? '';

const content: TemplateContentInput = {
  name: 'Northgate preparation',
  description: 'Who we call first.',
  roster: [{ name: 'Jo Park', agency: 'City', roles: ['spokesperson'] }],
  contacts: [{ key: 'imam', name: 'Imam Yusuf', kind: 'faith leader', organisation: 'Eastbrook Mosque', phone: '+44 1', radio: 'Ch 4', email: 'imam@example.org' }],
  communities: [{ name: 'Eastbrook', kind: 'targeted', riskLevel: 'high', description: 'Mosque district', languages: ['Arabic'], entryPoints: ['imam'], caseManager: 'Jo Park' }],
  messages: [{ title: 'First statement', phase: 'first-official', texts: [{ language: 'en', text: 'At [time], [what happened].' }, { language: 'ar', text: 'في الساعة [الوقت]' }] }],
  playbooks: [{ playbook: 'first-72-hours' }],
};

describe('templates kept in the store', () => {
  it('are saved, read, listed beside the built-in ones, replaced and removed', async () => {
    const saved = await c.call('template:save', { content });
    expect(saved).toMatchObject({ builtIn: false, signer: null, content: { name: 'Northgate preparation', contacts: [{ key: 'imam', role: '' }] } });
    expect(await c.call('template:get', { id: saved.id })).toEqual(saved);
    const listed = (await c.call('template:list', {})).templates;
    expect(listed.map((t) => [t.name, t.builtIn])).toEqual([
      ['Marlow Bay: prepared in peacetime', true],
      ['Northgate preparation', false],
    ]);
    expect(listed[1]?.counts).toEqual({ people: 1, contacts: 1, communities: 1, messages: 1, playbooks: 1 });

    const replaced = await c.call('template:save', { id: saved.id, content: { ...content, name: 'Northgate, revised' } });
    expect(replaced.id).toBe(saved.id);
    expect((await c.call('template:list', {})).templates).toHaveLength(2);
    expect((await c.call('template:get', { id: saved.id })).content.name).toBe('Northgate, revised');

    expect(await c.call('template:remove', { id: saved.id })).toEqual({ removed: saved.id });
    expect((await refusal(c, 'template:get', { id: saved.id })).code).toBe('not_found');
    expect((await refusal(c, 'template:remove', { id: saved.id })).code).toBe('not_found');
  });

  it('refuse what is not valid with the reason, and change nothing', async () => {
    const before = await c.call('template:list', {});
    const unknownEntryPoint = await refusal(c, 'template:save', { content: { ...content, communities: [{ name: 'Eastbrook', kind: 'targeted', riskLevel: 'high', entryPoints: ['nobody'] }] } });
    expect(unknownEntryPoint).toMatchObject({ code: 'invalid_input' });
    expect(unknownEntryPoint.message).toMatch(/nobody/);
    const strangerCase = { ...content, communities: [{ name: 'Eastbrook', kind: 'targeted' as const, riskLevel: 'high' as const, caseManager: 'Someone Else' }] };
    expect((await refusal(c, 'template:save', { content: strangerCase })).message).toMatch(/not in the template's roster/);
    const twoKeys = { ...content, contacts: [...(content.contacts ?? []), { key: 'imam', name: 'Another', kind: 'other' as const }] };
    expect((await refusal(c, 'template:save', { content: twoKeys })).message).toMatch(/own key/);
    expect((await refusal(c, 'template:save', { content: { ...content, name: '  ' } })).code).toBe('invalid_input');
    const emptyText = { ...content, messages: [{ title: 'x', phase: 'update' as const, texts: [{ language: 'en', text: '' }] }] };
    expect((await refusal(c, 'template:save', { content: emptyText })).code).toBe('invalid_input');
    const twoEnglish = { ...content, messages: [{ title: 'x', phase: 'update' as const, texts: [{ language: 'en', text: 'a' }, { language: 'EN', text: 'b' }] }] };
    expect((await refusal(c, 'template:save', { content: twoEnglish })).message).toMatch(/one text per language/);
    expect((await refusal(c, 'template:save', { id: '0b6d4a5e-3c2f-4f7a-9b1d-8e2c5a7f6d10', content })).code).toBe('not_found');
    expect((await refusal(c, 'template:save', { id: BUILT_IN, content })).code).toBe('forbidden');
    expect((await refusal(c, 'template:remove', { id: BUILT_IN })).code).toBe('forbidden');
    expect(await c.call('template:list', {})).toEqual(before);
  });

  it('need the store unlocked', async () => {
    await c.call('store:lock', {});
    expect((await refusal(c, 'template:list', {})).code).toBe('locked');
    expect((await refusal(c, 'template:save', { content })).code).toBe('locked');
  });
});

describe('a signed template file', () => {
  let other: Console;
  beforeEach(async () => {
    other = await tempConcord();
  });
  afterEach(() => other.close());

  const exported = async () => {
    const saved = await c.call('template:save', { content });
    return { saved, file: await c.call('template:export', { id: saved.id }) };
  };

  it('imports on a second console with the same content, naming the console that signed it', async () => {
    const { saved, file } = await exported();
    expect(file.filename).toBe('northgate-preparation.concord-template.json');
    const device = c.concord.store.current().device;
    expect(file.signer).toMatchObject({ deviceId: device.deviceId, publicKey: device.publicKeyHex, thisConsole: true });

    const imported = await other.call('template:import', { content: file.content });
    expect(imported.replaced).toBe(false);
    expect(imported.signer).toEqual({ ...file.signer, thisConsole: false });
    expect(imported.signer.fingerprint.replace(/ /g, '').toLowerCase()).toBe(device.deviceId);
    const there = await other.call('template:get', { id: saved.id });
    expect(there.content).toEqual(saved.content);
    expect(there.signer?.deviceId).toBe(device.deviceId);

    const again = await refusal(other, 'template:import', { content: file.content });
    expect(again.code).toBe('already_exists');
    expect((await other.call('template:import', { content: file.content, replace: true })).replaced).toBe(true);
    expect((await other.call('template:list', {})).templates).toHaveLength(2);
  });

  it('is refused when one byte of its content or signature changed, or it is unsigned, and nothing changes', async () => {
    const { file } = await exported();
    const before = await other.call('template:list', {});
    const flip = (text: string, at: number) => text.slice(0, at) + (text[at] === 'a' ? 'b' : 'a') + text.slice(at + 1);
    const inContent = flip(file.content, file.content.indexOf('Who we call first') + 4);
    const sigAt = file.content.indexOf('"signature": "') + '"signature": "'.length + 10;
    const inSignature = flip(file.content, sigAt);
    const parsed = JSON.parse(file.content) as Record<string, unknown>;
    const { signature: _signature, ...unsignedFile } = parsed;
    const otherKey = flip(file.content, file.content.indexOf('"publicKey": "') + '"publicKey": "'.length + 3);
    for (const [text, reason] of [
      [inContent, /changed after it was signed/],
      [inSignature, /changed after it was signed/],
      [otherKey, /changed after it was signed/],
      [JSON.stringify(unsignedFile), /not signed/],
      ['{"format":"something else"}', /not a Concord template file/],
      ['not json', /not JSON/],
    ] as const) {
      const error = await refusal(other, 'template:import', { content: text });
      expect(error.code).toBe('invalid_input');
      expect(error.message).toMatch(reason);
    }
    expect(await other.call('template:list', {})).toEqual(before);
  });

  it('from the app’s own resources is listed as built in, never imported unsigned', async () => {
    const shipped = await c.call('template:export', { id: BUILT_IN });
    const { signer: _signer, signature: _signature, ...asShipped } = JSON.parse(shipped.content) as Record<string, unknown>;
    expect((await refusal(other, 'template:import', { content: JSON.stringify(asShipped) })).message).toMatch(/not signed/);
    expect((await refusal(other, 'template:import', { content: shipped.content })).code).toBe('forbidden');
  });
});
