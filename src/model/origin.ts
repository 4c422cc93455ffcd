/** Where something is: a file, a document in it, and a JSON pointer inside that document. */
export interface Origin {
  file: string;
  document: number;
  pointer: string;
}
