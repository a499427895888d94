// Offsets → (line, character) without a text document, for summaries built off the UI path.

/** [startLine, startCharacter, endLine, endCharacter], zero-based like vscode.Range. */
export type RangeTuple = [number, number, number, number];

export class LineIndex {
  private readonly starts: number[] = [0];
  private readonly length: number;

  constructor(text: string) {
    this.length = text.length;
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
    }
  }

  position(offset: number): [number, number] {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return [low, offset - this.starts[low]!];
  }

  /** The offset of (line, character), clamped to the text; undefined past the last line. */
  offset(line: number, character: number): number | undefined {
    const lineStart = this.starts[line];
    return lineStart === undefined ? undefined : Math.min(lineStart + character, this.length);
  }

  range(start: number, end: number): RangeTuple {
    const [sl, sc] = this.position(start);
    const [el, ec] = this.position(end);
    return [sl, sc, el, ec];
  }
}
