/** The one place that says which schema reads which kind of content file. */
import { businessSchema, businessTranslationSchema } from "./business.ts";
import { centreSchema, centreTranslationSchema } from "./centre.ts";
import { eventSchema, eventTranslationSchema } from "./event.ts";

export const SCHEMAS = {
  centre: { main: centreSchema, translation: centreTranslationSchema },
  business: { main: businessSchema, translation: businessTranslationSchema },
  event: { main: eventSchema, translation: eventTranslationSchema },
} as const;

export type ContentKind = keyof typeof SCHEMAS;
export * from "./centre.ts";
export * from "./business.ts";
export * from "./event.ts";
