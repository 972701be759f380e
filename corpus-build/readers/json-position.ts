/**
 * Where JSON text first goes wrong: a small validating scanner, because `JSON.parse` error
 * messages do not always say where (V8 omits the position for unexpected tokens).
 */
export interface JsonSyntaxProblem {
  /** 0-based offset of the first character that cannot be JSON there. */
  offset: number;
  /** 1-based line of that character. */
  line: number;
  reason: string;
}

/** The first syntax problem in `text`, or undefined when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxProblem | undefined {
  return scan(text);
}

/**
 * The 1-based line where each item of a top-level JSON array starts (for valid JSON; [] when the
 * value is not an array), so a record's problem names the line a person would go to.
 */
export function arrayItemLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let counted = 0;
  scan(text, (offset) => {
    for (; counted < offset; counted++) if (text[counted] === '\n') line++;
    lines.push(line);
  });
  return lines;
}

/** Scans `text` as JSON, calling `onTopItem` with the offset of each item of a top-level array. */
function scan(text: string, onTopItem?: (offset: number) => void): JsonSyntaxProblem | undefined {
  let i = 0;
  let depth = 0;
  const fail = (reason: string): never => {
    throw Object.assign(new Error(reason), { offset: i });
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else fail(`unexpected ${describe(text[i])}`);
  };
  const string = () => {
    i++; // opening quote
    while (i < text.length && text[i] !== '"') {
      const c = text[i]!;
      if (c < ' ') fail('control character in a string');
      if (c === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail('bad \\u escape');
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? '')) fail('bad escape');
      }
      i++;
    }
    if (i >= text.length) fail('unterminated string');
    i++;
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || !m[0] || m[0] === '-') fail(`unexpected ${describe(text[i])}`);
    i += m![0].length;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      depth++;
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') fail(`expected a property name, found ${describe(text[i])}`);
        string();
        ws();
        if (text[i] !== ':') fail(`expected ':', found ${describe(text[i])}`);
        i++;
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void (i++, depth--);
        else fail(`expected ',' or '}', found ${describe(text[i])}`);
      }
    }
    if (c === '[') {
      depth++;
      i++;
      ws();
      if (text[i] === ']') return void (i++, depth--);
      for (;;) {
        if (depth === 1) {
          ws();
          onTopItem?.(i);
        }
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void (i++, depth--);
        else fail(`expected ',' or ']', found ${describe(text[i])}`);
      }
    }
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    return number();
  };
  try {
    value();
    ws();
    if (i < text.length) fail(`unexpected ${describe(text[i])} after the end of the JSON value`);
    return undefined;
  } catch (error) {
    const offset = (error as { offset?: number }).offset ?? i;
    return { offset, line: text.slice(0, offset).split('\n').length, reason: (error as Error).message };
  }
}

function describe(c: string | undefined): string {
  return c === undefined ? 'end of file' : `'${c}'`;
}

