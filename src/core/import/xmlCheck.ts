// A well-formedness check of an XML document's tags, so a broken feed fails with a message instead of half its items.

/** Tags nested deeper than this are refused (hostile input). */
const MAX_DEPTH = 200;

/** Undefined when every tag is closed in order; else what is wrong and on which line. */
export function xmlTagProblem(xml: string): string | undefined {
  const stack: string[] = [];
  const token =
    /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<\?[\s\S]*?(?:\?>|$)|<![^>]*>|<(\/?)([A-Za-z_][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|</g;
  for (const match of xml.matchAll(token)) {
    const [whole, closing, name, , selfClosing] = match;
    const line = (): number => xml.slice(0, match.index).split('\n').length;
    if (whole.startsWith('<!--') && !whole.endsWith('-->')) return `unclosed comment on line ${line()}`;
    if (whole.startsWith('<![CDATA[') && !whole.endsWith(']]>')) return `unclosed CDATA section on line ${line()}`;
    if (!name) {
      if (whole === '<') return `stray "<" on line ${line()}`;
      continue;
    }
    if (selfClosing) continue;
    if (!closing) {
      stack.push(name);
      if (stack.length > MAX_DEPTH) return `elements nested more than ${MAX_DEPTH} deep on line ${line()}`;
      continue;
    }
    const open = stack.pop();
    if (open !== name)
      return open ? `</${name}> on line ${line()} closes <${open}>` : `</${name}> on line ${line()} closes nothing`;
  }
  return stack.length ? `<${stack[stack.length - 1]}> is never closed` : undefined;
}
