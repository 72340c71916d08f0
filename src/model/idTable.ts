/**
 * Positions in a list of things with ids (nodes, edges): `positionOf(id)` is
 * the index of the last element with that id, or -1. An open-addressing hash table over an
 * Int32Array, built for the graph index, which looks ids up tens of
 * thousands of times per validation.
 *
 * Why not a Map: past 4,096 string keys V8 grows a Map's table into the
 * large-object space, and from then on every key it stores is a pointer
 * from the old generation into the young one that the collector must track.
 * Filling a Map of 5,000 node ids took 1.0 ms against 0.02 ms for 1,000
 * (Node 20), which alone broke the "5,000 nodes within 6x of 1,000" target.
 * The table's slots are plain integers outside the JavaScript heap, so
 * neither the filling nor the collector cares how many there are.
 */
interface Identified {
  readonly id: string;
}

export class IdTable {
  /**
   * The ids, copied out once: nodes come in many shapes (optional label,
   * parent, props), so reading `.id` off them is a megamorphic load that
   * made every probe several times slower than reading a string array.
   */
  private readonly ids: string[];
  private readonly mask: number;
  /** Position + 1 of the id hashed to each slot; 0 marks an empty slot. */
  private readonly slots: Int32Array;

  constructor(items: readonly Identified[]) {
    this.ids = new Array<string>(items.length);
    // At most half full, so a miss ends after a probe or two.
    let capacity = 16;
    while (capacity < items.length * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.slots = new Int32Array(capacity);
    for (let i = 0; i < items.length; i++) {
      const id = items[i]!.id;
      this.ids[i] = id;
      let slot = hashOf(id) & this.mask;
      // A repeated id takes over its earlier slot: the last one wins, as Map.set would have it.
      while (this.slots[slot] !== 0 && this.ids[this.slots[slot]! - 1] !== id) slot = (slot + 1) & this.mask;
      this.slots[slot] = i + 1;
    }
  }

  positionOf(id: string): number {
    for (let slot = hashOf(id) & this.mask; ; slot = (slot + 1) & this.mask) {
      const held = this.slots[slot]!;
      if (held === 0) return -1;
      if (this.ids[held - 1] === id) return held - 1;
    }
  }
}

/**
 * FNV-1a over UTF-16 code units: ids are short, and this spreads the numbered
 * ids diagrams use ("v12n3", "e104"). Kept a signed 32-bit integer (callers
 * mask it): `>>> 0` made half the hashes heap numbers, allocated on every
 * lookup until the JIT inlined it.
 */
function hashOf(id: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return hash;
}
