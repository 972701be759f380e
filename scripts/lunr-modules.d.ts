// The few parts of Lunr 2 and lunr-languages that scripts/eval-questions.ts uses (neither ships types).
declare module 'lunr' {
  namespace lunr {
    interface Token { toString(): string }
    type PipelineFunction = (token: Token, i: number, tokens: Token[]) => Token | Token[] | null | undefined;
    class Pipeline {
      add(...functions: PipelineFunction[]): void;
      run(tokens: Token[]): Token[];
    }
    interface Builder {
      ref(name: string): void;
      field(name: string): void;
      add(doc: object): void;
      use(plugin: (this: Builder) => void): void;
    }
    interface Query { term(term: string): Query }
    interface Result { ref: string; score: number }
    interface Index { query(build: (query: Query) => void): Result[] }
    const trimmer: PipelineFunction;
    const stopWordFilter: PipelineFunction;
    function tokenizer(text: string): Token[];
    const ar: ((this: Builder) => void) & { trimmer: PipelineFunction; stopWordFilter: PipelineFunction };
  }
  function lunr(config: (this: lunr.Builder) => void): lunr.Index;
  export default lunr;
}
declare module 'lunr-languages/lunr.stemmer.support.js' {
  export default function install(lunr: unknown): void;
}
declare module 'lunr-languages/lunr.ar.js' {
  export default function install(lunr: unknown): void;
}
