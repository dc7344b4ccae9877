import { z } from "zod";
import { photo } from "./photo.ts";
import {
  localDateTime,
  phone,
  rupiah,
  sampleFlag,
  slugRef,
  text,
  timeZone,
  wholeNumber,
} from "./fields.ts";
import { addIssue } from "./issue.ts";
import { bilingual as b } from "../problems/problem.ts";
import { implausibleEventDates } from "./event-dates.ts";
import { runningOrder, runningOrderProblem, runningOrderTranslation } from "./running-order.ts";

export const EVENT_KINDS = [
  "peragaan-busana",
  "pelatihan",
  "pameran",
  "open-house",
  "lainnya",
] as const;
export const EVENT_STATUSES = ["terjadwal", "ditunda", "dibatalkan"] as const;

/** `content/<centre>/acara/<slug>.md`: one event at or from the centre. */
export const eventSchema = z
  .strictObject({
    judul: text(140),
    jenis: z.enum(EVENT_KINDS),
    ringkasan: text(300),
    mulai: localDateTime,
    selesai: localDateTime,
    /** Defaults to the centre's time zone. */
    zona_waktu: timeZone.optional(),
    /** Defaults to the centre itself. */
    tempat: text(200).optional(),
    status: z.enum(EVENT_STATUSES).default("terjadwal"),
    /** 0 means free. */
    biaya: rupiah.default(0),
    kapasitas: wholeNumber(1, 100000).optional(),
    pendaftaran: z
      .strictObject({ whatsapp: phone("whatsapp"), catatan: text(200).optional() })
      .optional(),
    pengrajin: z.array(slugRef).default([]),
    foto: photo.optional(),
    /** Who shows when (a fashion show's running order); scripts/schema/running-order.ts. */
    susunan_acara: runningOrder.default([]),
    /**
     * id: Acara ini memang berlangsung lebih dari 60 hari (misalnya pameran tetap).
     * en: The event really lasts more than 60 days (a standing exhibition, say).
     */
    acara_panjang: z.boolean().default(false),
    /**
     * id: Tahun di kolom mulai atau selesai memang lebih dari 2 tahun dari sekarang, atau sebelum 2000.
     * en: The year in mulai or selesai really is more than 2 years from now, or before 2000.
     */
    tahun_sudah_benar: z.boolean().default(false),
    contoh: sampleFlag,
  })
  .superRefine((event, ctx) => {
    // Both are `YYYY-MM-DDTHH:MM` in the same zone, so text order is time order.
    if (event.selesai < event.mulai)
      addIssue(
        ctx,
        {
          message: b(
            `Acara selesai (${event.selesai.replace("T", " ")}) sebelum mulai (${event.mulai.replace("T", " ")}).`,
            `The event ends (${event.selesai.replace("T", " ")}) before it starts (${event.mulai.replace("T", " ")}).`,
          ),
          fix: b(
            "periksa tanggal dan jam di kolom mulai dan selesai.",
            "check the dates and times in mulai and selesai.",
          ),
        },
        ["selesai"],
      );
    else {
      for (const { text, path } of implausibleEventDates(event)) addIssue(ctx, text, path);
      const order = runningOrderProblem(event);
      if (order) addIssue(ctx, order.text, order.path);
    }
  });

/** `content/<centre>/acara/<slug>.en.md` */
export const eventTranslationSchema = z.strictObject({
  judul: text(140).optional(),
  ringkasan: text(300).optional(),
  tempat: text(200).optional(),
  catatan_pendaftaran: text(200).optional(),
  /** `segmen` and `keterangan` of each running-order item, in the Indonesian file's order. */
  susunan_acara: runningOrderTranslation.optional(),
});

export type EventData = z.output<typeof eventSchema>;
export type EventTranslation = z.output<typeof eventTranslationSchema>;
export type EventKind = (typeof EVENT_KINDS)[number];
export type EventStatus = (typeof EVENT_STATUSES)[number];
