/**
 * Exact JSON for Kafka messages, both ways. `JSON.parse` turns every number into a double, so an int8
 * key of 9007199254740993 or a numeric of 12345678901234567890.12 would silently change; this parser
 * keeps each number as its literal text (`JsonNumber`) and each object as a Map in document order.
 * `jsonText` writes values back, numbers verbatim. Pure: no I/O.
 */

/** A JSON number, as written in the document (`-1.50e3` stays `-1.50e3`). */
export class JsonNumber {
  constructor(readonly text: string) {}
  /** Whether the literal is an integer (no fraction, no exponent). */
  get isInteger(): boolean {
    return /^-?\d+$/.test(this.text);
  }
}

export type JsonValue = null | boolean | string | JsonNumber | JsonValue[] | JsonObject;
export type JsonObject = Map<string, JsonValue>;

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(`${message} at position ${position}`);
    this.name = 'JsonSyntaxError';
  }
}

export function isJsonObject(value: JsonValue | undefined): value is JsonObject {
  return value instanceof Map;
}

/** Parses one JSON document (RFC 8259; a BOM or trailing text is an error). */
export function parseJsonExact(text: string): JsonValue {
  let i = 0;
  const n = text.length;
  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else break;
    }
  };
  const fail = (what: string): never => {
    throw new JsonSyntaxError(i >= n ? 'unexpected end of JSON' : `${what}, found ${JSON.stringify(text[i])}`, i);
  };
  const literal = (word: string, value: JsonValue): JsonValue => {
    if (text.startsWith(word, i)) {
      i += word.length;
      return value;
    }
    return fail(`expected ${word}`);
  };
  const string = (): string => {
    // The caller saw the opening quote.
    i++;
    let out = '';
    let start = i;
    for (;;) {
      if (i >= n) fail('unterminated string');
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        out += text.slice(start, i);
        i++;
        return out;
      }
      if (c < 0x20) fail('control character in a string');
      if (c !== 0x5c) {
        i++;
        continue;
      }
      out += text.slice(start, i);
      const e = text[i + 1];
      i += 2;
      switch (e) {
        case '"':
          out += '"';
          break;
        case '\\':
          out += '\\';
          break;
        case '/':
          out += '/';
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case 'n':
          out += '\n';
          break;
        case 'r':
          out += '\r';
          break;
        case 't':
          out += '\t';
          break;
        case 'u': {
          const hex = text.slice(i, i + 4);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('bad \\u escape');
          out += String.fromCharCode(parseInt(hex, 16));
          i += 4;
          break;
        }
        default:
          i -= 1;
          fail('bad escape');
      }
      start = i;
    }
  };
  const number = (): JsonNumber => {
    const match = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    match.lastIndex = i;
    const m = match.exec(text);
    if (!m || m[0] === '-' || m[0].length === 0) return fail('expected a value');
    i += m[0].length;
    return new JsonNumber(m[0]);
  };
  const value = (depth: number): JsonValue => {
    if (depth > 512) fail('nesting too deep');
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const object: JsonObject = new Map();
      ws();
      if (text[i] === '}') {
        i++;
        return object;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail('expected a member name');
        const key = string();
        ws();
        if (text[i] !== ':') fail("expected ':'");
        i++;
        object.set(key, value(depth + 1));
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return object;
        }
        fail("expected ',' or '}'");
      }
    }
    if (c === '[') {
      i++;
      const array: JsonValue[] = [];
      ws();
      if (text[i] === ']') {
        i++;
        return array;
      }
      for (;;) {
        array.push(value(depth + 1));
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return array;
        }
        fail("expected ',' or ']'");
      }
    }
    if (c === '"') return string();
    if (c === 't') return literal('true', true);
    if (c === 'f') return literal('false', false);
    if (c === 'n') return literal('null', null);
    return number();
  };
  const result = value(0);
  ws();
  if (i < n) fail('unexpected text after the JSON value');
  return result;
}

/** JSON text of a value; numbers are written as they were read. */
export function jsonText(value: JsonValue): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'string') return JSON.stringify(value);
  if (value instanceof JsonNumber) return value.text;
  if (Array.isArray(value)) return `[${value.map(jsonText).join(',')}]`;
  return `{${[...value].map(([k, v]) => `${JSON.stringify(k)}:${jsonText(v)}`).join(',')}}`;
}
