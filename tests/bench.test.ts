/**
 * The benchmark's readings (scripts/bench/rebuilds.ts): step times from a build's stderr, CPU from
 * a /proc stat line, and the order of steps across scenarios. Figures are measured, never asserted.
 */
import { execFileSync } from "node:child_process";
import { expect, it } from "vitest";
import { childrenCpu, daysAfter, parseSteps, stepOrder, table } from "../scripts/bench/rebuilds.ts";

it("groups step lines by name with digits as N, adding repeated steps, ignoring other lines", () => {
  const stderr = [
    "etalase: centres checked 0.70 s (rss 171 MB)",
    "some progress\r",
    "etalase: 99 centres from the cache 4.60 s (rss 180 MB)",
    "etalase: search part 1 of 2 written 1.25 s (rss 200 MB)",
    "etalase: search part 2 of 2 written 0.75 s (rss 200 MB)",
    "etalase: 1 halaman/pages (not a step)",
  ].join("\n");
  expect([...parseSteps(stderr)]).toEqual([
    ["centres checked", 0.7],
    ["N centres from the cache", 4.6],
    ["search part N of N written", 2],
  ]);
});

it("reads cutime and cstime after the process name, even one with spaces and parentheses", () => {
  // Field n of proc(5) holds n, from field 4 on.
  const stat = `1234 (a (b) c) S ${Array.from({ length: 49 }, (_, i) => i + 4).join(" ")}\n`;
  expect(childrenCpu(stat, 100)).toEqual({ userSeconds: 0.16, systemSeconds: 0.17 });
  expect(() => childrenCpu("nonsense", 100)).toThrow();
});

it("reads a real shell's children's CPU once its child exited", () => {
  const stat = execFileSync("sh", ["-c", 'sh -c "exit 0"; cat /proc/$$/stat'], {
    encoding: "utf8",
  });
  const cpu = childrenCpu(stat, 100);
  expect(cpu.userSeconds).toBeGreaterThanOrEqual(0);
  expect(cpu.systemSeconds).toBeGreaterThanOrEqual(0);
});

it("places a step one scenario alone takes after the step it followed", () => {
  expect(
    stepOrder([
      ["checked", "rendered", "site-wide", "search"],
      ["checked", "from the cache", "rendered", "cache updated", "site-wide", "search"],
    ]),
  ).toEqual(["checked", "from the cache", "rendered", "cache updated", "site-wide", "search"]);
});

it("moves the day on by whole days", () => {
  expect(daysAfter("2026-11-28T12:00:00+07:00", 3)).toBe("2026-12-01T05:00:00.000Z");
});

it("pads a table's columns, names left and figures right", () => {
  expect(table(["", "clean"], [["wall s", "7.9 (7.7–9.4)"]])).toBe(
    ["|        |         clean |", "| ------ | ------------- |", "| wall s | 7.9 (7.7–9.4) |"].join(
      "\n",
    ),
  );
});
