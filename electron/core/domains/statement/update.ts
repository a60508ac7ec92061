import type { z } from 'zod';
import type { draftUpdateInput, StatementDetail } from '../../../../shared/domain/statement';
import type { TaskStatus } from '../../../../shared/domain/task';
import { ConcordError } from '../../../../shared/result';
import { publishableDecisions } from '../decision';
import { getIncident } from '../incident';
import { listPriorities } from '../priority';
import { publicTaskProgress, type TaskProgress } from '../task';
import type { Workspace } from '../../kernel/store/workspace';
import { createStatement } from './service';

/** The words of an update in one language; the facts come from the console, the sentences from here. */
interface Template {
  title: (incident: string) => string;
  /** The title names the incident: the text opens short, so its first line reads easily. */
  opening: string;
  priorities: string;
  progress: string;
  status: Record<TaskStatus, string>;
  barrier: string;
  decisions: string;
  nothingNew: string;
  closing: string;
}

const templates: Record<string, Template> = {
  en: {
    title: (incident) => `Update: ${incident}`,
    opening: 'This is an update from the city.',
    priorities: 'What the city is working on, most important first:',
    progress: 'Where the work stands:',
    status: { 'to do': 'Planned', done: 'Done', 'in progress': 'Under way', blocked: 'Held up' },
    barrier: 'Barrier or delay',
    decisions: 'Decisions taken:',
    nothingNew: 'There is nothing new to report since our last update. The work goes on.',
    closing: 'We will keep you informed, even when there is nothing new.',
  },
  es: {
    title: (incident) => `Actualización: ${incident}`,
    opening: 'Esta es una actualización del ayuntamiento.',
    priorities: 'En qué trabaja la ciudad, por orden de importancia:',
    progress: 'Cómo avanza el trabajo:',
    status: { 'to do': 'Previsto', done: 'Hecho', 'in progress': 'En curso', blocked: 'Detenido' },
    barrier: 'Obstáculo o retraso',
    decisions: 'Decisiones tomadas:',
    nothingNew: 'No hay novedades desde nuestra última actualización. El trabajo continúa.',
    closing: 'Les seguiremos informando, también cuando no haya novedades.',
  },
  fr: {
    title: (incident) => `Point de situation : ${incident}`,
    opening: 'Voici un point de la ville.',
    priorities: 'Ce sur quoi la ville travaille, par ordre d’importance :',
    progress: 'Où en est le travail :',
    status: { 'to do': 'Prévu', done: 'Fait', 'in progress': 'En cours', blocked: 'Bloqué' },
    barrier: 'Obstacle ou retard',
    decisions: 'Décisions prises :',
    nothingNew: 'Rien de nouveau depuis notre dernier point. Le travail continue.',
    closing: 'Nous vous tiendrons informés, même quand il n’y a rien de nouveau.',
  },
};

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
  const t = templates[language];
  if (!t) throw new ConcordError('invalid_input', `there is no update template in “${language}”: draft it in ${Object.keys(templates).join(', ')} and translate it`);
  const incident = getIncident(ws, incidentId);
  const priorities = listPriorities(ws, incidentId)
    .filter((p) => p.visibility === 'public')
    .map((p, i) => `${i + 1}. ${sentence(p.title)}`);
  const tasks = publicTaskProgress(ws, incidentId).map((task) => taskLine(t, task));
  const decisions = publishableDecisions(ws, incidentId).map((what) => `- ${sentence(what)}`);
  const body = [...section(t.priorities, priorities), ...section(t.progress, tasks), ...section(t.decisions, decisions)];
  const news = tasks.length + decisions.length > 0 ? [] : [t.nothingNew, ''];
  const text = [t.opening, '', ...body, ...news, t.closing].join('\n');
  return { title: t.title(incident.name).slice(0, 200), text };
}

/** Drafts the update through the normal statement path: a draft to review, approve by someone else and publish. */
export function draftUpdate(ws: Workspace, input: z.output<typeof draftUpdateInput>): StatementDetail {
  const { title, text } = updateText(ws, input.incidentId, input.language);
  return createStatement(ws, { incidentId: input.incidentId, title, phase: 'update', language: input.language, text });
}
