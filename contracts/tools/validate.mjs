// Validates an AsyncAPI document with the official parser (@asyncapi/parser, AsyncAPI 3.0).
// Usage: node validate.mjs <asyncapi.yaml>. Relative $refs (the payload schemas) are resolved
// from the document's folder. Exit 0: valid, no warnings; 1: errors or warnings; 2: usage.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { Parser, fromFile } from "@asyncapi/parser";

const SEVERITY = ["error", "warning", "info", "hint"];

const path = process.argv[2];
if (!path) {
  console.error("usage: node validate.mjs <asyncapi.yaml>");
  process.exit(2);
}

const parser = new Parser();
const { document, diagnostics } = await fromFile(parser, resolve(path)).parse();
for (const d of diagnostics) {
  const where = d.path && d.path.length ? d.path.join(".") : "(document)";
  console.log(`${SEVERITY[d.severity] ?? d.severity} ${d.code} at ${where}: ${d.message}`);
}
const blocking = diagnostics.filter((d) => d.severity <= 1);
if (!document || blocking.length) {
  console.log(`INVALID: ${blocking.length} error(s)/warning(s) in ${path}`);
  process.exit(1);
}
console.log(
  `VALID: ${path} (AsyncAPI ${document.version()}, ${document.channels().length} channels, ` +
    `${document.operations().length} operations, ${document.messages().length} messages)`,
);
