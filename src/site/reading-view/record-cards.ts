import type { AnnotatedDocument } from "../../schema/annotated-document.js";
import { AUTHOR } from "../../schema/ids.js";
import { escapeHtml } from "../html.js";
import { apiUrl, catalogueUrl, type RecordKind } from "../site-links.js";

/** The HTML id of a record's card. */
export function cardId(recordId: string): string {
  return `card-${recordId}`;
}

/** The name of an entity, or "the author" for the article's own voice. */
export function nameIn(document: AnnotatedDocument, id: string): string {
  if (id === AUTHOR) return "the author";
  return document.entities.find((entity) => entity.id === id)?.name ?? id;
}

/** A card: title, rows of label → HTML value, and links to the catalogue row and the API page. */
function card(
  document: AnnotatedDocument,
  kind: RecordKind,
  id: string,
  title: string,
  rows: readonly (readonly [string, string | undefined])[],
): string {
  const fields = rows
    .filter((row): row is readonly [string, string] => row[1] !== undefined && row[1] !== "")
    .map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${value}</dd>`)
    .join("");
  return (
    `<div class="card" id="${cardId(id)}" role="group" aria-label="${escapeHtml(`${kind} ${id}`)}" hidden>` +
    `<p class="card-kind">${escapeHtml(kind.replace("-", " "))}</p>` +
    `<p class="card-title">${escapeHtml(title)}</p>` +
    `<dl>${fields}<dt>id</dt><dd><code>${escapeHtml(id)}</code></dd></dl>` +
    `<p class="card-links"><a href="${catalogueUrl(document.document.id, id)}">Catalogue row</a> · ` +
    `<a href="${apiUrl(kind)}">API: ${escapeHtml(kind)}</a></p></div>`
  );
}

/** Text of the source in quotation marks, escaped. */
function quoted(text: string): string {
  return `“${escapeHtml(text)}”`;
}

/** A list of entity names, escaped. */
function names(document: AnnotatedDocument, ids: readonly string[]): string {
  return escapeHtml(ids.map((id) => nameIn(document, id)).join(", "));
}

/**
 * The cards of every record shown in the reading view: entities, quotes, claims, temporal expressions and
 * uncertainty markers, each with the fields a reader needs and links to its catalogue row and its type's API page.
 *
 * @param document - The document.
 * @returns HTML: one hidden `.card` per record.
 */
export function recordCards(document: AnnotatedDocument): string {
  const cards: string[] = [];
  for (const entity of document.entities) {
    cards.push(
      card(document, "entity", entity.id, entity.name, [
        ["kind", escapeHtml(entity.kind)],
        ["also", escapeHtml(entity.aliases.join(", "))],
        ["description", escapeHtml(entity.description)],
        ["mentions", String(entity.mentions.length)],
      ]),
    );
  }
  for (const quote of document.quotes) {
    cards.push(
      card(document, "quote", quote.id, `${quote.kind} quote by ${nameIn(document, quote.speaker)}`, [
        ["speaker", escapeHtml(nameIn(document, quote.speaker))],
        ["cue", quoted(quote.cue.exact)],
        ["content", quoted(quote.content.exact)],
        ["about", names(document, quote.about)],
      ]),
    );
  }
  for (const claim of document.claims) {
    cards.push(
      card(document, "claim", claim.id, claim.statement, [
        ["claimant", escapeHtml(nameIn(document, claim.claimant))],
        ["author's view", escapeHtml(claim.factuality.author)],
        ["claimant's view", escapeHtml(claim.factuality.claimant)],
        ["status", claim.status === undefined ? undefined : escapeHtml(claim.status)],
        ["relations", escapeHtml(claim.relations.map((relation) => `${relation.type} ${relation.target}`).join("; "))],
      ]),
    );
  }
  for (const expression of document.temporalExpressions) {
    cards.push(
      card(document, "temporal-expression", expression.id, `${expression.type} ${expression.value}`, [
        ["as written", quoted(expression.span.exact)],
        ["value", `<code>${escapeHtml(expression.value)}</code>`],
        ["TIMEX3", expression.timex === undefined ? undefined : `<code>${escapeHtml(expression.timex)}</code>`],
        ["modifier", expression.mod === undefined ? undefined : escapeHtml(expression.mod)],
        ["resolution", escapeHtml(expression.resolution)],
        ["certainty", String(expression.certainty)],
        ["reasoning", expression.reasoning === undefined ? undefined : escapeHtml(expression.reasoning)],
      ]),
    );
  }
  for (const marker of document.uncertaintyMarkers) {
    const effect =
      marker.effect.type === "weakens"
        ? `weakens ${marker.effect.from} → ${marker.effect.to}${marker.effect.view ? ` (${marker.effect.view}'s view)` : ""}`
        : marker.effect.type;
    cards.push(
      card(document, "uncertainty-marker", marker.id, `${marker.category}: ${marker.cue.exact}`, [
        ["cue", quoted(marker.cue.exact)],
        ["scope", quoted(marker.scope.exact)],
        ["effect", escapeHtml(effect)],
        ["affects", escapeHtml(marker.affects.join(", "))],
      ]),
    );
  }
  return cards.join("\n");
}
