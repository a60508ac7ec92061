import { z } from 'zod';

/** Record ids are UUIDs minted by the console that creates the record, so they never collide across consoles. */
export const idSchema = z.uuid();

/** Instants cross the boundary as ISO 8601 strings with an offset; the store keeps them as UTC ISO strings. */
export const instantSchema = z.iso.datetime({ offset: true });

export const nonEmptyText = (max: number) => z.string().trim().min(1).max(max);
