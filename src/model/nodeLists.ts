import type { IdTable } from './idTable';

const EMPTY: readonly never[] = Object.freeze([]);

/**
 * Lists keyed by node id, held by the node's position in the diagram rather
 * than in a Map per question. At 5,000 nodes, Maps of string keys for
 * children, for edges in and out of each kind and for the VPC cache cost
 * several times more per node than at 1,000 (see IdTable); one table from id
 * to position is built once and everything else is an array. Ids that name
 * no node (a dangling parent or edge end, which the reader refuses) go to a
 * small Map so that questions about them still get their answer.
 */
export class NodeLists<T> {
  /** Slot i belongs to the node at position i. */
  private readonly lists: (T[] | undefined)[];
  private strays: Map<string, T[]> | undefined;

  constructor(
    private readonly positions: IdTable,
    count: number,
  ) {
    this.lists = new Array<T[] | undefined>(count);
  }

  add(id: string, value: T): void {
    const at = this.positions.positionOf(id);
    if (at < 0) {
      this.strays ??= new Map();
      const list = this.strays.get(id);
      if (list === undefined) this.strays.set(id, [value]);
      else list.push(value);
      return;
    }
    const list = this.lists[at];
    if (list === undefined) this.lists[at] = [value];
    else list.push(value);
  }

  get(id: string): readonly T[] {
    const at = this.positions.positionOf(id);
    return (at < 0 ? this.strays?.get(id) : this.lists[at]) ?? EMPTY;
  }
}
