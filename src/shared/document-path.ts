/** A path into an annotated document, e.g. `["quotes", 3, "speaker"]`: what findings and positions are keyed by. */
export type DocumentPath = readonly (string | number)[];
