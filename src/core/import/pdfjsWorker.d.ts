// pdf.js ships no types for its worker module; import runs it in-thread (no Worker), which needs only this.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
