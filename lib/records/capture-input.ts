import { z } from 'zod';
import { categorySchema, languageSchema, needSchema, quadrantSchema, severitySchema } from '../detect/types';
import { SOURCES } from '../db/types';

/** The input of a capture, validated at the message boundary (no Dexie here: content scripts import it). */
/** Longest text accepted for one verbatim version (UTF-16 code units, about 2 MB). */
export const MAX_CAPTURE_CHARS = 1_000_000;

export const detectedSnapshotSchema = z.object({
  score: z.number().min(0).max(1),
  severity: severitySchema,
  categories: z.array(categorySchema).max(20),
  quadrant: quadrantSchema.nullable(),
  language: languageSchema,
  need: needSchema,
});

export const captureInputSchema = z.object({
  source: z.enum(SOURCES),
  sourceKey: z.string().min(1).max(500),
  url: z.string().max(4000),
  context: z.string().max(2000),
  author: z.object({ name: z.string().max(500), contact: z.string().max(2000) }),
  /** Exactly as seen. Not trimmed: leading/trailing whitespace is part of the record. */
  text: z.string().max(MAX_CAPTURE_CHARS, { message: `text is longer than ${MAX_CAPTURE_CHARS} characters` }),
  truncated: z.boolean().default(false),
  parentKey: z.string().max(500).nullable().default(null),
  detected: detectedSnapshotSchema.nullable().default(null),
});
export type CaptureInput = z.input<typeof captureInputSchema>;
