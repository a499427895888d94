// Word-list files bundled by esbuild's text loader (scripts/build.mjs).
declare module '*.txt' {
  const content: string;
  export default content;
}
