import type { Page } from '@playwright/test';
import { apiOf, expect, expectAccessible, screenshot, test } from './fixtures/console';
import { dragToColumn } from './fixtures/board';
import { confirmRecoveryKey, createStore, openIncident } from './fixtures/flows';
import { signInAs } from './fixtures/operator';

const openView = (page: Page, view: string) => page.getByRole('navigation', { name: 'Incident views' }).getByRole('button', { name: view, exact: true }).click();

test('an observer sees why a drag on the task board is refused, and is offered no create controls', async ({ page, host }) => {
  test.setTimeout(90_000);
  await page.goto(host.url);
  await createStore(page);
  await confirmRecoveryKey(page);
  await openIncident(page, { name: 'Arson at the community centre', mode: 'exercise' });
  const raw = apiOf(page, host.url);
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const { body } = await raw(method, input);
    if (!body.ok) throw new Error(`${method}: ${body.error?.message ?? 'failed'}`);
    return body.value as T;
  };
  // The commander sets a priority and a task, and puts an observer on the roster.
  const incidentId = (await call<{ id: string }[]>('incident:list', {}))[0]?.id;
  const [priority] = await call<{ id: string }[]>('priority:add', { incidentId, title: 'Keep the centre’s neighbours safe' });
  await call('task:create', { incidentId, title: 'Check the fire exits', priorityId: priority?.id });
  const roster = await call<{ roles: { id: string; kind: string }[] }>('roster:get', { incidentId });
  const observer = await call<{ id: string }>('roster:addPerson', { incidentId, name: 'Olu Bakare', pin: '5555' });
  await call('roster:assign', { incidentId, personId: observer.id, roleId: roster.roles.find((r) => r.kind === 'observer')?.id });
  await signInAs(page, 'Olu Bakare', '5555', '6666');

  await openView(page, 'Tasks');
  await expect(page.getByRole('button', { name: 'New task' })).toHaveCount(0);
  await expect(page.getByTestId('may-not')).toHaveText('Olu Bakare holds no role that may manage tasks.');
  const todo = page.getByTestId('column-to do');
  const doing = page.getByTestId('column-in progress');
  const handle = todo.getByRole('button', { name: 'Drag Check the fire exits to another column' });
  await dragToColumn(page, handle, doing);
  // The judge's reason, in the page's alert area; the card stays where it was.
  await expect(page.getByRole('alert')).toContainText(/Olu Bakare.*manage tasks/);
  await expect(todo.getByTestId('task-card').filter({ hasText: 'Check the fire exits' })).toBeVisible();
  await expect(doing.getByTestId('task-card')).toHaveCount(0);
  await expectAccessible(page);
  await screenshot(page, 'task-board-observer-refused');
  await page.getByRole('button', { name: 'Dismiss' }).click();

  await openView(page, 'Actors on the ground');
  await expect(page.getByRole('form', { name: 'Add an actor on the ground' })).toHaveCount(0);
  await expect(page.getByTestId('may-not')).toHaveText('Olu Bakare holds no role that may manage actors on the ground.');
  await expectAccessible(page);

  await openView(page, 'Protection needs');
  await expect(page.getByRole('form', { name: 'Record a protection need' })).toHaveCount(0);
  await expect(page.getByTestId('may-not')).toHaveText('Olu Bakare holds no role that may manage protection needs.');
  await expectAccessible(page);

  await openView(page, 'Statements');
  await expect(page.getByRole('button', { name: 'Start draft' })).toHaveCount(0);
  await expect(page.getByTestId('may-not')).toHaveText('Olu Bakare holds no role that may draft statements.');
  await expectAccessible(page);
});
