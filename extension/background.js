// Background (MV3 event page). All logic lives in lib/app.js; here it is wired to `browser`.
import { createApp } from "./lib/app.js";

const app = createApp(browser);
app.listen();
app.setup().catch((e) => console.error("whybounce: setup failed:", e && e.message));
