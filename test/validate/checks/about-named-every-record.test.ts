import { describe, expect, it } from "vitest";
import { bridgeDocument, bridgeSpan } from "../../helpers/bridge-document.js";
import { documentIssues, present } from "../../helpers/document-issues.js";

describe("about-named, every record and both kinds of problem", () => {
  it("reports an id not mentioned and the entities left out, in the order of the entities, claim and quote alike", () => {
    const document = bridgeDocument();
    const [nunez, bridge, engineers] = document.entities;
    // The engineers come before the bridge in the entities file, after it in the text.
    document.entities = [present(nunez, "entity 0"), present(engineers, "entity 2"), present(bridge, "entity 1")];
    present(engineers, "entity 2").mentions.push({ span: bridgeSpan("reopen", 1) });
    present(document.claims[0], "claim 0").about = ["ana-nunez"];
    const evidence = '"the bridge “will reopen in May”"';
    expect(
      documentIssues(document, "about-named").map(({ recordId, field, message }) => [recordId, field, message]),
    ).toEqual([
      ["claim-bridge-reopens-may", "about.0", `"ana-nunez" has no mention inside ${evidence}`],
      ["claim-bridge-reopens-may", "about", `leaves out "engineers", "harbour-bridge", mentioned inside ${evidence}`],
      ["quote-nunez-reopen-may", "about", 'leaves out "engineers", mentioned inside "will reopen in May"'],
    ]);
  });
});
