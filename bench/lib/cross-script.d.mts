// Types of cross-script.mjs, for scripts/eval-cross-script.ts.
export interface DevName { id: string; latin: string[]; arabic: string[] }
export interface DevQuery { qid: string; lang: string; class: string; query: string; target: string }
export interface NameRow { id: string; name: string; relevant: number; p10: number; spellings: number[]; arabic: number }
export interface NameScores { p10: number; arabicForms: number; weak: string[]; rows: NameRow[] }
export function loadCrossScriptQueries(shared: string): { names: DevName[]; layout: DevQuery[] } | null;
export function relevantDocuments(names: DevName[], docs: Array<{ id: string; lang: string; title: string; body: string }>): Map<string, Set<string>>;
export function scoreNames(names: DevName[], relevant: Map<string, Set<string>>, arabicResults: (query: string) => Promise<string[]>): Promise<NameScores>;
