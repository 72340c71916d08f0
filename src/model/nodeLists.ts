const EMPTY: readonly never[] = Object.freeze([]);

/**
 * Lists keyed by node id, held in an array by the node's position in the
 * diagram rather than in a Map of their own (see GraphIndex.positions for
 * why). Ids that name no node (a dangling parent or edge end, which the
 * reader refuses) go to a small Map so that questions about them still get
 * their answer.
 */
export class NodeLists<T> {
  /** Slot i belongs to the node at position i. */
  private readonly lists: (T[] | undefined)[];
  private strays: Map<string, T[]> | undefined;

  constructor(
    private readonly positions: ReadonlyMap<string, number>,
    count: number,
  ) {
    this.lists = new Array<T[] | undefined>(count);
  }

  add(id: string, value: T): void {
    const at = this.positions.get(id);
    if (at === undefined) {
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
    const at = this.positions.get(id);
    return (at === undefined ? this.strays?.get(id) : this.lists[at]) ?? EMPTY;
  }
}
