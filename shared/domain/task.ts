import { z } from 'zod';
import { idSchema, instantSchema, nonEmptyText } from './ids';
import { countsSchema, pagingInput, textFilter } from './paging';

export const taskStatuses = ['to do', 'in progress', 'blocked', 'done'] as const;
export const taskStatusSchema = z.enum(taskStatuses);
export type TaskStatus = z.infer<typeof taskStatusSchema>;

export const taskFieldsSchema = z.object({
  title: nonEmptyText(200),
  details: z.string().trim().max(4000),
  /** A roster person. */
  ownerId: idSchema.nullable(),
  dueAt: instantSchema.nullable(),
  status: taskStatusSchema,
  /** Every task serves a priority: the guide asks that every step be consistent with them. */
  priorityId: idSchema,
  protectionNeedId: idSchema.nullable(),
  actorId: idSchema.nullable(),
  /** What holds the task up ("waiting for the forensic search"), told in transparency updates when it is public. */
  barrier: z.string().trim().max(1000),
  /** Whether the public may hear of this task: only public tasks go into a transparency update. */
  public: z.boolean(),
});
export type TaskFields = z.infer<typeof taskFieldsSchema>;

export const taskSchema = taskFieldsSchema.extend({
  id: idSchema,
  incidentId: idSchema,
  /** Computed from the console's clock: past due and not done. */
  overdue: z.boolean(),
  ownerName: z.string().nullable(),
  priorityTitle: z.string().nullable(),
  protectionNeedName: z.string().nullable(),
  actorName: z.string().nullable(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
});
export type Task = z.infer<typeof taskSchema>;

export const taskCreateInput = taskFieldsSchema
  .partial({ details: true, ownerId: true, dueAt: true, status: true, protectionNeedId: true, actorId: true, barrier: true, public: true })
  .extend({ incidentId: idSchema });
export type TaskCreateInput = z.infer<typeof taskCreateInput>;

export const taskUpdateInput = z.object({
  id: idSchema,
  changes: taskFieldsSchema.partial().refine((c) => Object.keys(c).length > 0, 'no field to change'),
});

export const taskSortKeys = ['due', 'title', 'status', 'owner', 'priority', 'updated'] as const;
export type TaskSortKey = (typeof taskSortKeys)[number];
export const taskListInput = z.object({
  incidentId: idSchema,
  statuses: z.array(taskStatusSchema).max(taskStatuses.length).optional(),
  ownerId: idSchema.optional(),
  priorityId: idSchema.optional(),
  protectionNeedId: idSchema.optional(),
  actorId: idSchema.optional(),
  overdueOnly: z.boolean().optional(),
  text: textFilter,
  sort: z.enum(taskSortKeys).default('due'),
  ...pagingInput,
});
export type TaskListInput = z.output<typeof taskListInput>;
export const taskListOutput = z.object({ tasks: z.array(taskSchema), total: z.number().int() });

/** The board's columns, each its first tasks by due time: how many each column shows is the board's to say. */
const columnLimit = z.number().int().min(1).max(500);
export const taskBoardInput = z.object({ incidentId: idSchema, shown: z.record(taskStatusSchema, columnLimit) });
export const taskBoardSchema = z.object({
  columns: z.array(z.object({ status: taskStatusSchema, tasks: z.array(taskSchema), total: z.number().int() })),
});
export type TaskBoardInput = z.infer<typeof taskBoardInput>;
export type TaskBoard = z.infer<typeof taskBoardSchema>;

export const taskSummarySchema = z.object({
  total: z.number().int(),
  byStatus: countsSchema,
  overdueCount: z.number().int(),
  /** The most overdue first, then the next due. */
  attention: z.array(taskSchema),
});
export type TaskSummary = z.infer<typeof taskSummarySchema>;

/** Counts per status at the end of each time bucket, replayed from the op log's status changes. */
export const taskHistoryInput = z.object({ incidentId: idSchema, buckets: z.number().int().min(2).max(96).default(24) });
export const taskHistorySchema = z.array(
  z.object({ at: instantSchema, 'to do': z.number().int(), 'in progress': z.number().int(), blocked: z.number().int(), done: z.number().int() }),
);
export type TaskHistory = z.infer<typeof taskHistorySchema>;
