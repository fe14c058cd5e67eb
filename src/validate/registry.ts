import type { Check } from "./check.js";
import { aboutNamed } from "./checks/about-named.js";
import { anchorsAcyclic } from "./checks/anchors-acyclic.js";
import { claimsConsistent } from "./checks/claims-consistent.js";
import { contradictionsDisjoint } from "./checks/contradictions-disjoint.js";
import { dateHedgesScoped } from "./checks/date-hedges-scoped.js";
import { directQuotesQuoted } from "./checks/direct-quotes-quoted.js";
import { edtfParses } from "./checks/edtf-parses.js";
import { entityDefinitionsAgree } from "./checks/entity-definitions-agree.js";
import { hedgedNotCertain } from "./checks/hedged-not-certain.js";
import { inferencesExplained } from "./checks/inferences-explained.js";
import { intervalsOrdered } from "./checks/intervals-ordered.js";
import { languageTag } from "./checks/language-tag.js";
import { markersConsistent } from "./checks/markers-consistent.js";
import { mentionsDistinct } from "./checks/mentions-distinct.js";
import { notInFurniture } from "./checks/not-in-furniture.js";
import { partsAcyclic } from "./checks/parts-acyclic.js";
import { publicationDateConstraints } from "./checks/publication-date-constraints.js";
import { quantitiesMatchText } from "./checks/quantities-match-text.js";
import { referencesResolve } from "./checks/references-resolve.js";
import { relativeDates } from "./checks/relative-dates.js";
import { reservedIds } from "./checks/reserved-ids.js";
import { segmentsTile } from "./checks/segments-tile.js";
import { sourceHash } from "./checks/source-hash.js";
import { spansMatch } from "./checks/spans-match.js";
import { spansWholeCharacters } from "./checks/spans-whole-characters.js";
import { temporalLinksConsistent } from "./checks/temporal-links-consistent.js";
import { timexExcludesEvents } from "./checks/timex-excludes-events.js";
import { unannotatedMentions } from "./checks/unannotated-mentions.js";
import { uniqueDocuments } from "./checks/unique-documents.js";
import { uniqueIds } from "./checks/unique-ids.js";
import { valuesMatchText } from "./checks/values-match-text.js";

/** Every named check of the second validation layer, in the order they run. */
export const CHECKS: readonly Check[] = [
  sourceHash,
  languageTag,
  uniqueDocuments,
  uniqueIds,
  reservedIds,
  entityDefinitionsAgree,
  referencesResolve,
  partsAcyclic,
  spansMatch,
  spansWholeCharacters,
  segmentsTile,
  mentionsDistinct,
  notInFurniture,
  directQuotesQuoted,
  edtfParses,
  intervalsOrdered,
  relativeDates,
  publicationDateConstraints,
  timexExcludesEvents,
  valuesMatchText,
  anchorsAcyclic,
  temporalLinksConsistent,
  inferencesExplained,
  hedgedNotCertain,
  claimsConsistent,
  markersConsistent,
  quantitiesMatchText,
  aboutNamed,
  dateHedgesScoped,
  contradictionsDisjoint,
  unannotatedMentions,
];
