/**
 * Whether a word that may start with a clitic (و ف ب ك ل) should also match its clitic-less
 * reading: only when that reading is at least as common in the corpus as the word itself, and
 * seen in at least two documents. So بدمشق also indexes دمشق (Damascus is far more common than
 * "in Damascus"), while وزير never becomes زير (the minister is far more common than a jar).
 * Used alike when indexing and when querying, from document frequencies.
 */
export function acceptCliticReading(withoutClitic: number, withClitic: number): boolean {
  return withoutClitic >= 2 && withoutClitic >= withClitic;
}
