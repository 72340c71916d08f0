/** What the inspector says about text before it reaches the diagram. */
import { isCidr } from '../../../src/model/cidr';
import { isPorts } from '../../../src/model/ports';
import { maintenanceWindowProblem } from '../../../src/rules/ha/maintenanceWindow';

export function cidrProblem(text: string): string | undefined {
  return isCidr(text) ? undefined : 'Not applied: use IPv4 CIDR notation such as 10.0.0.0/16.';
}

export function optionalCidrProblem(text: string): string | undefined {
  return text === '' ? undefined : cidrProblem(text);
}

export function portsProblem(text: string): string | undefined {
  return isPorts(text) ? undefined : 'Not applied: use a port (443), a range (1024-65535) or "all".';
}

export function integerProblem(text: string): string | undefined {
  const trimmed = text.trim();
  return /^-?\d+$/.test(trimmed) && Number.isSafeInteger(Number(trimmed)) ? undefined : 'Not applied: enter a whole number.';
}

/**
 * Warnings for text props that the diagram holds as-is but the validator
 * checks; keyed by the owner's type and the prop, as the rules are.
 */
export function textAdvice(ownerType: string, key: string): ((text: string) => string | undefined) | undefined {
  if (ownerType === 'rds' && key === 'maintenanceWindow') {
    return (text) => {
      const problem = maintenanceWindowProblem(text);
      return problem === undefined ? undefined : `RDS will refuse this window: ${problem.reason}.`;
    };
  }
  return undefined;
}

/** "0–35 days", "≥ 24 hours", or undefined when the spec gives no range. */
export function rangeText(min: number | undefined, max: number | undefined, unit: string | undefined): string | undefined {
  const suffix = unit === undefined ? '' : ` ${unit}`;
  if (min !== undefined && max !== undefined) return `${min}–${max}${suffix}`;
  if (min !== undefined) return `≥ ${min}${suffix}`;
  if (max !== undefined) return `≤ ${max}${suffix}`;
  return unit;
}
