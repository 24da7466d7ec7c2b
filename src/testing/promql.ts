/**
 * Just enough PromQL reading to answer "which metrics (and which of their labels) does this expression
 * select?", for the test that every metric the dashboard and the alert rules query is one the daemon
 * exposes. Function names, aggregations, keywords, `by (…)`-style label lists, ranges, durations and
 * numbers are skipped; what remains are metric names, each with the label names of its matchers.
 * Grafana variables (`$instance`, `$__rate_interval`) only ever appear inside `{…}` or `[…]`, which is
 * where they are skipped.
 */

export interface Selector {
  metric: string;
  labels: string[];
}

const KEYWORDS = new Set(['and', 'or', 'unless', 'bool', 'offset', 'inf', 'nan', 'atan2']);
/** Aggregations may put `by (…)` between their name and their parenthesis: `sum by (le) (rate(x[5m]))`. */
const AGGREGATIONS = new Set(['sum', 'min', 'max', 'avg', 'group', 'stddev', 'stdvar', 'count', 'count_values', 'bottomk', 'topk', 'quantile', 'limitk', 'limit_ratio']);
/** Keywords followed by a parenthesised list of label names, not of expressions. */
const LABEL_LIST_KEYWORDS = new Set(['by', 'without', 'on', 'ignoring', 'group_left', 'group_right']);

export function selectorsOf(expr: string): Selector[] {
  const out: Selector[] = [];
  let i = 0;
  const n = expr.length;
  const skipSpace = () => {
    while (i < n && /\s/.test(expr[i])) i++;
  };
  const skipString = () => {
    const quote = expr[i++];
    while (i < n && expr[i] !== quote) i += expr[i] === '\\' ? 2 : 1;
    i++;
  };
  /** Reads `{…}` at i; returns the label names matched and any `__name__` value. */
  const readMatchers = (): { labels: string[]; name?: string } => {
    const start = ++i;
    let depth = 1;
    while (i < n && depth > 0) {
      if (expr[i] === '"' || expr[i] === "'" || expr[i] === '`') {
        skipString();
        continue;
      }
      if (expr[i] === '{') depth++;
      if (expr[i] === '}') depth--;
      i++;
    }
    const body = expr.slice(start, i - 1);
    const labels: string[] = [];
    let name: string | undefined;
    for (const m of body.matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)\s*(=~|!~|!=|=)\s*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`)/g)) {
      if (m[1] === '__name__' && m[2] === '=') name = m[3].slice(1, -1);
      else labels.push(m[1]);
    }
    return { labels, ...(name ? { name } : {}) };
  };
  while (i < n) {
    const c = expr[i];
    if (c === '"' || c === "'" || c === '`') {
      skipString();
    } else if (c === '[') {
      while (i < n && expr[i] !== ']') i++;
      i++;
    } else if (c === '{') {
      const m = readMatchers();
      if (m.name) out.push({ metric: m.name, labels: m.labels });
    } else if (/[0-9.]/.test(c)) {
      while (i < n && /[0-9a-zA-Z_.+]/.test(expr[i]) && !(expr[i] === '+' && !/[eE]/.test(expr[i - 1]))) i++;
    } else if (/[a-zA-Z_:]/.test(c)) {
      const start = i;
      while (i < n && /[a-zA-Z0-9_:]/.test(expr[i])) i++;
      const word = expr.slice(start, i);
      skipSpace();
      if (LABEL_LIST_KEYWORDS.has(word.toLowerCase())) {
        if (expr[i] === '(') {
          while (i < n && expr[i] !== ')') i++;
          i++;
        }
      } else if (KEYWORDS.has(word.toLowerCase()) || AGGREGATIONS.has(word.toLowerCase())) {
        // operator keyword
      } else if (expr[i] === '(') {
        // a function or an aggregation
      } else {
        const labels = expr[i] === '{' ? readMatchers().labels : [];
        out.push({ metric: word, labels });
      }
    } else {
      i++;
    }
  }
  return out;
}

/** Metric names in a Grafana template variable query: `label_values(expr, label)`, `query_result(expr)`, or an expression. */
export function selectorsOfVariableQuery(query: string): Selector[] {
  const labelValues = /^\s*label_values\((.*),\s*[a-zA-Z_][a-zA-Z0-9_]*\s*\)\s*$/s.exec(query);
  if (labelValues) return selectorsOf(labelValues[1]);
  const labelNamesOnly = /^\s*label_values\(\s*[a-zA-Z_][a-zA-Z0-9_]*\s*\)\s*$/.exec(query);
  if (labelNamesOnly) return [];
  const result = /^\s*query_result\((.*)\)\s*$/s.exec(query);
  return selectorsOf(result ? result[1] : query);
}
