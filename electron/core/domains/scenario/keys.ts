/** A scenario's records refer to each other by keys local to the file; these map them to the ids the services mint. */
export type Keys = Map<string, string>;

export const idOf = (keys: ReadonlyMap<string, string>, key: string, what: string): string => {
  const id = keys.get(key);
  if (!id) throw new Error(`the scenario names an unknown ${what} “${key}”`);
  return id;
};
