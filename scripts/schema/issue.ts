import { z } from "zod";
import type { Bilingual } from "../problems/problem.ts";

/**
 * Our own checks attach their bilingual message and fix as zod issue params, so the reporter
 * prints exactly what the check meant instead of a generic zod sentence.
 */
export interface IssueText {
  readonly message: Bilingual;
  readonly fix?: Bilingual;
}

export function addIssue(ctx: z.RefinementCtx, text: IssueText, path?: PropertyKey[]): void {
  ctx.addIssue({
    code: "custom",
    message: text.message.en,
    params: { etalase: text },
    ...(path ? { path } : {}),
  });
}

export function issueText(params: unknown): IssueText | undefined {
  if (params && typeof params === "object" && "etalase" in params)
    return (params as { etalase: IssueText }).etalase;
  return undefined;
}

/**
 * A field can carry an example of what belongs in it, in both languages, so "add a whatsapp:
 * line" can say what to write (a number in quotes) where the schema's type alone cannot.
 */
export function withExample<T extends z.ZodType>(schema: T, example: Bilingual): T {
  return schema.meta({ etalaseExample: example });
}

export function exampleOf(schema: unknown): Bilingual | undefined {
  if (!(schema instanceof z.ZodType)) return undefined;
  return z.globalRegistry.get(schema)?.etalaseExample as Bilingual | undefined;
}
