import { ledgerSlice, valueAt } from '../../kernel/ops/ledger';
import type { Position } from '../../kernel/ops/position';

/**
 * What the judge remembers of families and survivors: which households exist and who their liaison was when, and
 * which roles the commander named as readers when. Enough to say, at any op's place, who may write what is sealed
 * and to whom a key may be sealed, without reading the live tables.
 */
export class SupportFacts {
  private readonly households = new Map<string, { from: Position; liaisons: [Position, string | null][] }>();
  private readonly readerRoles: [Position, readonly string[]][] = [];

  exists(id: string, at: Position): boolean {
    const h = this.households.get(id);
    return h !== undefined && h.from < at;
  }

  liaisonAt(id: string, at: Position): string | null {
    return valueAt(this.households.get(id)?.liaisons ?? [], at) ?? null;
  }

  readerRolesAt(at: Position): readonly string[] {
    return valueAt(this.readerRoles, at) ?? [];
  }

  addHousehold(id: string, liaisonId: string | null, at: Position): void {
    if (!this.households.has(id)) this.households.set(id, { from: at, liaisons: [[at, liaisonId]] });
  }

  setLiaison(id: string, liaisonId: string | null, at: Position): void {
    this.households.get(id)?.liaisons.push([at, liaisonId]);
  }

  setReaderRoles(roleIds: readonly string[], at: Position): void {
    this.readerRoles.push([at, roleIds]);
  }
}

export const supportFacts = ledgerSlice(() => new SupportFacts());
