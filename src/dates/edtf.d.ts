/** The part of the `edtf` package's API newsfacts uses (the package ships no type declarations). */
declare module "edtf" {
  /** A parsed EDTF value: its earliest and latest instant in epoch milliseconds (null when unknown). */
  interface ParsedEdtf {
    readonly type: string;
    readonly min: number | null;
    readonly max: number | null;
  }
  /** Parses an EDTF string; throws on invalid input. */
  export default function edtf(value: string): ParsedEdtf;
}
