/**
 * Reply drafting and reply policy lint — pure TypeScript, no DOM, no extension API.
 *
 *   draftReplies(input)          → { language, quadrant, category, public, private, templates, lint }
 *   lintReply(text, options)     → LintFinding[]  { rule, severity, message, start, end, suggestion? }
 *   searchFaq(entries, query, language?) → FaqEntry[]
 *   renderTemplate(body, values) → { text, unknown }   (values are inserted literally, never rescanned)
 *   selectTemplate(query, userTemplates) → a matching user template (most specific), else the most specific built-in
 *   parseLibraryFile(text), planImport(current, incoming), validateTemplate(template, settings) → the library editor's checks
 *   TEMPLATE_VARIABLES, BUILTIN_TEMPLATES, librarySchema, templateSchema, faqEntrySchema
 *
 * Rules and templates are documented in docs/draft.md.
 */
export * from './types';
export { draftReplies, draftLanguageFor, type DraftInput, type DraftOutput, type DraftStage } from './draft';
export { lintReply, type LintOptions, type LintPurpose } from './lint/lint';
export { searchFaq, faqAnswersFor } from './faq';
export { renderTemplate, variablesIn } from './render';
export { selectTemplate, templateMatches, templateSpecificity, type TemplateQuery } from './select';
export { buildVariables } from './variables';
export { TEMPLATE_VARIABLES, type TemplateVariable } from './template-variables';
export { servicesMentioned, SERVICE_CONCEPTS } from './boundary';
export { messageKindOf, type MessageKind } from './understand/message-kind';
export { CUSTOMER_TEXT_PATTERNS } from './understand/patterns';
export { BUILTIN_TEMPLATES } from './builtin-templates';
export {
  parseLibraryFile,
  validateTemplate,
  templateBodyErrors,
  unknownVariables,
  serializeLibrary,
  planImport,
  repairLibrary,
  SAMPLE_CASE_TEXT,
  SAMPLE_CUSTOMER_NAME,
  type TemplateCheck,
  type TemplateAdvice,
  type ImportPlan,
  type ImportCounts,
  type RepairedLibrary,
} from './library';
