import { z } from 'zod';
import type { draftUpdateInput, StatementDetail } from '../../../../shared/domain/statement';
import { taskStatusSchema } from '../../../../shared/domain/task';
import { ConcordError } from '../../../../shared/result';
import { publishableDecisions } from '../decision';
import { getIncident } from '../incident';
import { listPriorities } from '../priority';
import { publicTaskProgress, type TaskProgress } from '../task';
import type { Workspace } from '../../kernel/store/workspace';
import { createStatement } from './service';
import updateTemplates from '../../../../resources/templates/update.json' with { type: 'json' };

/**
 * The words of an update per language (resources/templates/update.json, bundled like the word lists); the facts
 * come from the console. `title` holds `{incident}` where the incident's name goes.
 */
const templateSchema = z.object({
  title: z.string().includes('{incident}'),
  /** The title names the incident: the text opens short, so its first line reads easily. */
  opening: z.string(),
  priorities: z.string(),
  progress: z.string(),
  status: z.record(taskStatusSchema, z.string()),
  barrier: z.string(),
  decisions: z.string(),
  nothingNew: z.string(),
  closing: z.string(),
});
type Template = z.infer<typeof templateSchema>;

const templates = new Map(Object.entries(z.record(z.string(), templateSchema).parse(updateTemplates)));

const sentence = (text: string): string => (/[.!?]$/u.test(text.trim()) ? text.trim() : `${text.trim()}.`);

const taskLine = (t: Template, task: TaskProgress): string => {
  const line = `- ${t.status[task.status]}: ${sentence(task.title)}`;
  return task.barrier ? `${line} ${t.barrier}: ${sentence(task.barrier)}` : line;
};

/** A titled section, or nothing when it has no lines. */
const section = (heading: string, lines: readonly string[]): string[] => (lines.length === 0 ? [] : [heading, ...lines, '']);

/**
 * The text of a transparency update (phase `update`): public priorities in the commander's order, public tasks under
 * way, held up (with their barrier or delay) or done, and the decisions marked publishable. Only what someone marked
 * for the public goes in: internal priorities, tasks not public and other decisions never do.
 */
export function updateText(ws: Workspace, incidentId: string, language: string): { title: string; text: string } {
  const t = templates.get(language);
  if (!t) throw new ConcordError('invalid_input', `there is no update template in “${language}”: draft it in ${[...templates.keys()].join(', ')} and translate it`);
  const incident = getIncident(ws, incidentId);
  const priorities = listPriorities(ws, incidentId)
    .filter((p) => p.visibility === 'public')
    .map((p, i) => `${i + 1}. ${sentence(p.title)}`);
  const tasks = publicTaskProgress(ws, incidentId).map((task) => taskLine(t, task));
  const decisions = publishableDecisions(ws, incidentId).map((what) => `- ${sentence(what)}`);
  const body = [...section(t.priorities, priorities), ...section(t.progress, tasks), ...section(t.decisions, decisions)];
  const news = tasks.length + decisions.length > 0 ? [] : [t.nothingNew, ''];
  const text = [t.opening, '', ...body, ...news, t.closing].join('\n');
  return { title: t.title.replace('{incident}', incident.name).slice(0, 200), text };
}

/** Drafts the update through the normal statement path: a draft to review, approve by someone else and publish. */
export function draftUpdate(ws: Workspace, input: z.output<typeof draftUpdateInput>): StatementDetail {
  const { title, text } = updateText(ws, input.incidentId, input.language);
  return createStatement(ws, { incidentId: input.incidentId, title, phase: 'update', language: input.language, text });
}
