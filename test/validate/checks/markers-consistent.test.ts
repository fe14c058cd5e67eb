import { describe, expect, it } from "vitest";
import { bridgeDocument, bridgeSpan } from "../../helpers/bridge-document.js";
import { documentIssues, present } from "../../helpers/document-issues.js";

/** The offsets of the first occurrence of words in the bridge text, as `start-end`. */
function at(exact: string): string {
  const { start, end } = bridgeSpan(exact);
  return `${start}-${end}`;
}

/** The offsets of the fixture marker's scope. */
const scope = at("the repairs may take longer");

type Marker = ReturnType<typeof bridgeDocument>["uncertaintyMarkers"][number];

/** The fields and messages of markers-consistent for the bridge document with its marker edited. */
function withMarker(edit: (marker: Marker) => void) {
  const document = bridgeDocument();
  edit(present(document.uncertaintyMarkers[0], "marker"));
  return documentIssues(document, "markers-consistent").map(({ field, message }) => [field, message]);
}

describe("markers-consistent", () => {
  it("accepts a cue inside its scope, or next to it, and a weakening to Uu", () => {
    expect(withMarker(() => {})).toEqual([]);
    expect(
      withMarker((marker) => {
        marker.cue = bridgeSpan("believe");
        marker.effect = { type: "weakens", from: "CT+", to: "Uu" };
      }),
    ).toEqual([]);
  });

  it("reports a weakening effect that keeps the value or flips its polarity", () => {
    expect(withMarker((marker) => Object.assign(marker.effect, { to: "CT+" }))).toEqual([
      ["effect.to", "weakens CT+ to CT+, which is not weaker"],
    ]);
    expect(withMarker((marker) => Object.assign(marker.effect, { to: "PR-" }))).toEqual([
      ["effect.to", "weakens CT+ to PR-, which is not weaker"],
    ]);
  });

  it("reports a cue far from its scope, in the same segment or another", () => {
    expect(
      withMarker((marker) => {
        marker.cue = bridgeSpan("said");
      }),
    ).toEqual([["cue", `cue "said" (${at("said")}) is far from its scope (${scope}): 13 words lie between them`]]);
    expect(
      withMarker((marker) => {
        marker.cue = bridgeSpan("reopen");
      }),
    ).toEqual([["cue", `cue "reopen" (${at("reopen")}) is far from its scope (${scope}), in another segment`]]);
  });

  it("reports a cue that straddles the edge of its scope", () => {
    expect(
      withMarker((marker) => {
        marker.cue = bridgeSpan("believe the");
      }),
    ).toEqual([["cue", `cue "believe the" (${at("believe the")}) straddles the edge of its scope (${scope})`]]);
  });
});
