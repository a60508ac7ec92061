import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, expectAccessible, screenshot, test } from './fixtures/console';
import { dragToColumn } from './fixtures/board';
import { openView, passphrase } from './fixtures/flows';

test.use({ hostPassphrase: passphrase });

/** The demo's tasks as its file lists them: the table shows every one of them. */
const demoTasks = (JSON.parse(readFileSync('resources/scenarios/demo-exercise.json', 'utf8')) as { tasks: unknown[] }).tasks.length;

async function loadDemo(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Load the demo exercise' }).click();
  await expect(page.getByRole('banner').getByRole('heading', { level: 1, name: 'Vehicle attack at the Riverside Winter Market' })).toBeVisible();
}

test('the demo exercise fills every panel of the command centre', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Incidents' })).toBeVisible();
  await screenshot(page, 'incidents-demo');
  await loadDemo(page);
  await expect(page.getByText('Exercise', { exact: false }).first()).toBeVisible();
  await expect(page.getByTestId('stale-count')).not.toHaveText('0');
  await expect(page.getByTestId('open-measures')).not.toHaveText('0');
  await expect(page.getByTestId('overdue-count')).not.toHaveText('0');
  await expect(page.getByTestId('actors-panel').getByText('Stale:').first()).toBeVisible();
  await expect(page.getByTestId('protection-panel').getByText('Muslim residents of Eastbrook')).toBeVisible();
  await expect(page.getByTestId('tasks-panel').getByText(/Overdue by/).first()).toBeVisible();
  await expect(page.locator('.panel-log').getByTestId('log-entries')).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Tasks by status over time' })).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Backlash reports per day' })).toContainText('11 reports');
  await expectAccessible(page);
  await page.setViewportSize({ width: 1600, height: 2000 });
  await screenshot(page, 'command');
});

test('actors, protection, backlash and the task board, as a public-safety lead uses them', async ({ page, host }) => {
  await page.goto(host.url);
  await loadDemo(page);

  await openView(page, 'Actors on the ground');
  await page.getByLabel('Name', { exact: true }).fill('Harbour Police launch');
  await page.getByLabel('Kind', { exact: true }).selectOption('police');
  await page.getByLabel('Status', { exact: true }).first().selectOption('on scene');
  await page.getByLabel('Location').fill('Mill Bridge quay');
  await page.getByRole('button', { name: 'Add actor' }).click();
  await page.getByLabel('Search actors').fill('Harbour Police');
  const row = page.getByTestId('actor-row').filter({ hasText: 'Harbour Police launch' });
  await expect(row).toContainText('no check-in yet');
  await row.getByRole('button', { name: 'Check in Harbour Police launch' }).click();
  await expect(row).toContainText('checked in 0 min ago');
  await page.getByLabel('Search actors').fill('');
  await expect(page.getByTestId('actor-row').first()).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'actors');

  await openView(page, 'Protection needs');
  await page.getByRole('radio', { name: 'A site' }).check();
  await page.getByLabel('Site', { exact: true }).fill('Gurdwara on Mill Lane');
  await page.getByLabel('Kind of site').selectOption('place of worship');
  await page.getByLabel('Address or area').fill('7 Mill Lane');
  await page.getByLabel('Languages').fill('Punjabi, English');
  await page.getByRole('button', { name: 'Record need' }).click();
  const detail = page.getByTestId('need-detail');
  await expect(detail.getByRole('heading', { name: /Gurdwara on Mill Lane/ })).toBeVisible();
  await detail.getByLabel('Assigned to').selectOption({ label: 'Harbour Police launch' });
  await detail.getByLabel('Details').fill('Patrol past the gurdwara at evening prayers');
  await detail.getByRole('button', { name: 'Add measure' }).click();
  await expect(detail.getByTestId('measures')).toContainText('Harbour Police launch');

  const chart = page.getByRole('figure', { name: 'Backlash reports per day' });
  await expect(chart).toContainText('11 reports');
  await detail.getByLabel('Kind', { exact: true }).selectOption('vandalism');
  await detail.getByLabel('Place').fill('Mill Lane, gurdwara gate');
  await detail.getByRole('button', { name: 'File report' }).click();
  await expect(chart).toContainText('12 reports');
  await expectAccessible(page);
  await screenshot(page, 'protection');

  await openView(page, 'Tasks');
  const todo = page.getByTestId('column-to do');
  const doing = page.getByTestId('column-in progress');
  const card = todo.getByTestId('task-card').first();
  const title = (await card.locator('.task-title').innerText()).trim();
  const handle = card.getByRole('button', { name: `Drag ${title} to another column` });
  await dragToColumn(page, handle, doing);
  await expect(doing.getByTestId('task-card').filter({ hasText: title })).toBeVisible();
  await expect(todo.getByTestId('task-card').filter({ hasText: title })).toHaveCount(0);
  await expectAccessible(page);
  await screenshot(page, 'tasks-board');

  await page.getByRole('button', { name: 'Table' }).click();
  await expect(page.getByTestId('task-count')).toHaveText(`${demoTasks} tasks`);
  await page.getByLabel('Search tasks').fill('mosque');
  await expect(page.getByTestId('task-count')).toHaveText(/^[1-9] tasks?$/);
  await page.getByLabel('Search tasks').fill('');
  await page.getByRole('columnheader', { name: 'Owner' }).getByRole('button').click();
  await expectAccessible(page);
  await screenshot(page, 'tasks-table');

  // The form opens on demand (it reads the actors and needs it offers only then) and takes the first field's focus.
  await page.getByRole('button', { name: 'New task' }).click();
  const form = page.getByRole('form', { name: 'New task' });
  await expect(form.getByLabel('Title')).toBeFocused();
  await form.getByLabel('Title').fill('Check the shelter rota at the community centre');
  await form.getByLabel('Serves priority').selectOption({ index: 1 });
  await form.getByRole('button', { name: 'Add task' }).click();
  await expect(page.getByTestId('task-count')).toHaveText(`${demoTasks + 1} tasks`);
  await form.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('button', { name: 'New task' })).toBeFocused();
});
