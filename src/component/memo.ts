/**
 * `make` remembered by key: for Intl objects, whose construction (locale data lookup) costs far
 * more than their use, and for the dates and counts they format: both would otherwise run for
 * every result on every keystroke. Keys are few (languages, the corpus's dates and counts).
 */
export function memo<T>(make: (key: string) => T): (key: string) => T {
  const made = new Map<string, T>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) made.set(key, (value = make(key)));
    return value;
  };
}
