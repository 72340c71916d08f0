/**
 * How broad a grant is, for the two iam wildcard rules. They split the space
 * between them ("*" on "*" and "*" on an access edge are admin; a whole
 * service, or "*" on named resources, is service-wide), so the split lives in
 * one place and the rules cannot both claim, or both miss, a grant.
 */
import type { PolicyStatement } from '../../catalog/propSpec';

export type GrantBreadth = 'admin' | 'service' | 'none';

export interface GrantClass {
  readonly breadth: GrantBreadth;
  /** The action that makes it broad ("*" or "s3:*"), as written. */
  readonly action?: string;
}

const NONE: GrantClass = { breadth: 'none' };

/** "s3:*", "RDS:*", "execute-api:*": every action of one service. "s3:Get*" is not. */
export function isWholeService(action: string): boolean {
  return /^[a-z0-9][a-z0-9-]*:\*$/i.test(action.trim());
}

const isStar = (value: string): boolean => value.trim() === '*';

/**
 * A policy statement's actions and resources, or an access edge's actions
 * (no `resources`: the edge's resource is its target, so "*" is admin).
 * In a statement, "*" on "*" is admin; "*" on named resources, or a whole
 * service on anything, is service-wide; with no resources it grants nothing,
 * however broad its actions.
 */
export function classifyGrant(actions: readonly string[], resources?: readonly string[]): GrantClass {
  if (resources !== undefined && resources.length === 0) return NONE;
  const star = actions.find(isStar);
  if (star !== undefined) {
    const everywhere = resources === undefined || resources.some(isStar);
    return { breadth: everywhere ? 'admin' : 'service', action: star };
  }
  const service = actions.find(isWholeService);
  return service === undefined ? NONE : { breadth: 'service', action: service };
}

/** The first statement of a list with the given breadth, and how many have it. */
export function statementsOf(
  statements: readonly PolicyStatement[],
  breadth: Exclude<GrantBreadth, 'none'>,
): { readonly first: GrantClass | undefined; readonly count: number } {
  let first: GrantClass | undefined;
  let count = 0;
  for (const statement of statements) {
    const grant = classifyGrant(statement.actions, statement.resources);
    if (grant.breadth !== breadth) continue;
    first ??= grant;
    count++;
  }
  return { first, count };
}
