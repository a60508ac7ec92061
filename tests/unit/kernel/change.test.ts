import { describe, expect, expectTypeOf, it } from 'vitest';
import type { EntityName } from '../../../shared/domain/entities';
import { changedFields, opFields, type Change } from '../../../electron/core/kernel/ops/change';
import type { EntityKind } from '../../../electron/core/kernel/ops/entities';

describe('typed changes', () => {
  it('every entity in the shared list has its fields declared by the domain that owns it', () => {
    expectTypeOf<EntityKind>().toEqualTypeOf<EntityName>();
  });

  it('a change names a declared entity and only the fields its schema has (checked by the compiler)', () => {
    const typed: Change[] = [
      { entity: 'task', entityId: 't1', action: 'set', fields: { status: 'done' } },
      { entity: 'logNote', entityId: 'n1', action: 'add', fields: { text: 'Cordon moved to Elm Street' } },
      { entity: 'priority', entityId: 'p1', action: 'delete', fields: {} },
    ];
    const task: Change<'task'>[] = [
      // @ts-expect-error: a change typed for tasks takes no other entity
      { entity: 'logNote', entityId: 'n1', action: 'add', fields: { text: 'Cordon moved' } },
    ];
    const refused: Change[] = [
      // @ts-expect-error: no entity is called that
      { entity: 'tsak', entityId: 't1', action: 'set', fields: { status: 'done' } },
      // @ts-expect-error: a misspelt field
      { entity: 'task', entityId: 't1', action: 'set', fields: { stauts: 'done' } },
      // @ts-expect-error: a value the schema does not allow
      { entity: 'task', entityId: 't1', action: 'set', fields: { status: 'finished' } },
      // @ts-expect-error: an add carries every field the record needs
      { entity: 'logNote', entityId: 'n1', action: 'add', fields: {} },
      // @ts-expect-error: a delete carries no fields
      { entity: 'priority', entityId: 'p1', action: 'delete', fields: { title: 'Shelter' } },
    ];
    expect([typed.length, task.length, refused.length]).toEqual([3, 1, 5]);
  });

  it('a set carries only the fields that really change, lists compared by value', () => {
    const current = { title: 'Open the shelter', languages: ['en', 'ar'], status: 'to do' };
    expect(changedFields(current, { title: 'Open the shelter', languages: ['en', 'ar'], status: 'done' })).toEqual({ status: 'done' });
    expect(changedFields(current, { languages: ['en'] })).toEqual({ languages: ['en'] });
  });

  it('a field left undefined is not signed: what is hashed is what is stored', () => {
    expect(opFields({ text: 'Cordon moved', note: undefined, ownerId: null })).toEqual({ text: 'Cordon moved', ownerId: null });
  });
});
