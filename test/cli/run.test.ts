import { describe, expect, it } from "vitest";
import { newsfacts } from "../helpers/newsfacts-cli.js";

describe("newsfacts", () => {
  it("lists every command with --help", () => {
    const result = newsfacts("--help");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/validate[\s\S]*query[\s\S]*export/);
  });

  it("exits 2 with one line for an unknown command, and prints the usage when given none", () => {
    const unknown = newsfacts("serve");
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^newsfacts: unknown command or option "serve"[^\n]*\n$/);
    const none = newsfacts();
    expect(none.status).toBe(2);
    expect(none.stdout).toMatch(/^Usage: newsfacts <command>/);
  });
});
