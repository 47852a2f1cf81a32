// Vitest 5 targets Node 22+: its failure reporter calls Map.groupBy, which Node
// 20 lacks, and crashes instead of printing the failure. Loaded by both vitest
// configs (the reporter runs in the main process).
type GroupBy = <K, T>(items: Iterable<T>, key: (item: T, index: number) => K) => Map<K, T[]>;

const MapWithGroupBy = Map as unknown as { groupBy?: GroupBy };
if (typeof MapWithGroupBy.groupBy !== 'function') {
  MapWithGroupBy.groupBy = <K, T>(items: Iterable<T>, key: (item: T, index: number) => K) => {
    const out = new Map<K, T[]>();
    let i = 0;
    for (const item of items) {
      const k = key(item, i++);
      const list = out.get(k);
      if (list) list.push(item);
      else out.set(k, [item]);
    }
    return out;
  };
}

const ObjectWithGroupBy = Object as unknown as {
  groupBy?: <T>(
    items: Iterable<T>,
    key: (item: T, index: number) => PropertyKey,
  ) => Record<PropertyKey, T[]>;
};
if (typeof ObjectWithGroupBy.groupBy !== 'function') {
  ObjectWithGroupBy.groupBy = <T>(
    items: Iterable<T>,
    key: (item: T, index: number) => PropertyKey,
  ) => {
    const out: Record<PropertyKey, T[]> = Object.create(null) as Record<PropertyKey, T[]>;
    let i = 0;
    for (const item of items) {
      const k = key(item, i++);
      (out[k] ??= []).push(item);
    }
    return out;
  };
}

export {};
