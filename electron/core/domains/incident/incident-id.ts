import { randomBytes } from 'node:crypto';
import { v5 } from 'uuid';

/** The namespace of incident ids (a fixed random UUID): ids of other kinds can never collide with them. */
const INCIDENT_NAMESPACE = '6f1c2b0e-8e57-4c1e-9d5a-2b7f4e0c9a31';

/**
 * An incident's id is derived from its opener's public key and a nonce, so the id every console knows the incident
 * by (it is in the join code) pins who opened it: nobody can write an earlier "opening" under another key.
 */
export const incidentIdFor = (creatorKey: string, idNonce: string): string => v5(`concord incident v1:${creatorKey}:${idNonce}`, INCIDENT_NAMESPACE);

export const newIncidentNonce = (): string => randomBytes(16).toString('hex');
