/**
 * How much a finding matters: an `error` fails validation and the build; a `warning` (probably wrong) and an `info`
 * (worth a look, such as a name the annotator may have missed) are printed but fail nothing.
 */
export type Level = "error" | "warning" | "info";
