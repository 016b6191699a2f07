// Where the tests find the extension and the shared corpus (read in place, never copied).
import { fileURLToPath } from "node:url";
import path from "node:path";

const here = path.dirname(fileURLToPath(import.meta.url));
export const REPO = path.resolve(here, "..", "..", "..");
export const EXTENSION = path.join(REPO, "extension");
export const SHARED = path.resolve(REPO, "..", "shared");
export const CORPUS = path.join(SHARED, "corpus", "sisimai");
export const FIXTURES = path.resolve(here, "..", "fixtures");
