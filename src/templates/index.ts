/** Starter designs offered by "New from template". (Stub: the templates issue work replaces this.) */
import type { Diagram } from '../model/types';
import { referenceDesign } from '../testing/referenceDesign';

export interface Template {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly diagram: Diagram;
}

export const TEMPLATES: readonly Template[] = [
  { id: 'bastion-private-rds', name: 'Bastion and private RDS', description: 'The clean reference design.', diagram: { ...referenceDesign(), title: 'Bastion and private RDS' } },
];

export function templateById(id: string): Template | undefined {
  return TEMPLATES.find((t) => t.id === id);
}

export const DEFAULT_TEMPLATE_ID = 'bastion-private-rds';
