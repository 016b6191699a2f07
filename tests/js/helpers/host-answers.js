// Real host answers (`whybounce explain --json` / `whybounce line --json`, the same JSON the native host
// sends, contract.md), captured into fixtures/host-answers.json by capture-host-answers.js so that the
// model and card tests start from what the core really says about these inputs. host-answers.test.js
// checks that the facts the add-on keys on still match the core when the project's .venv is there.
import { readFileSync } from "node:fs";
import path from "node:path";
import { FIXTURES } from "./paths.js";

export const ANSWERS_FILE = path.join(FIXTURES, "host-answers.json");

// name -> the CLI's arguments (run from the repository root; corpus files read in place from ../shared)
const CORPUS = "../shared/corpus/sisimai/bounces/";
const REAL_MTA = "tests/fixtures/real-mta/";
export const CASES = {
  // a Hotmail delay notice: "YOU DO NOT NEED TO RESEND", Will-Retry-Until
  "lhost-outlook-06": ["explain", "--json", "--lang", "en", CORPUS + "lhost-outlook-06.eml"],
  "lhost-outlook-06.ja": ["explain", "--json", "--lang", "ja", CORPUS + "lhost-outlook-06.eml"],
  // a Gmail delay notice: "Gmail will retry for 2 more days"
  "lhost-gmail-06": ["explain", "--json", "--lang", "en", CORPUS + "lhost-gmail-06.eml"],
  "lhost-gmail-06.ja": ["explain", "--json", "--lang", "ja", CORPUS + "lhost-gmail-06.eml"],
  // Postfix's delay notice from the real-MTA kit: Will-Retry-Until and "until it is 5 day(s) old"
  "postfix-conn-refused-expired-delay": ["explain", "--json", "--lang", "en",
    REAL_MTA + "postfix/conn-refused-expired-delay.eml"],
  "postfix-conn-refused-expired-delay.ja": ["explain", "--json", "--lang", "ja",
    REAL_MTA + "postfix/conn-refused-expired-delay.eml"],
  // Postfix gave up after temporary refusals (connection refused until the queue lifetime ran out)
  "postfix-conn-refused-expired": ["explain", "--json", "--lang", "en", REAL_MTA + "postfix/conn-refused-expired.eml"],
  "postfix-conn-refused-expired.ja": ["explain", "--json", "--lang", "ja",
    REAL_MTA + "postfix/conn-refused-expired.eml"],
  // OpenSMTPD gave up: "delayed for more than 0 seconds" (a zero period says nothing)
  "lhost-opensmtpd-06": ["explain", "--json", "--lang", "en", CORPUS + "lhost-opensmtpd-06.eml"],
  // Sendmail's delay notice: "Will keep trying until message is 2 minutes old" (the kit's short queue lifetime)
  "sendmail-rcpt-450-ratelimit-expired-delay": ["explain", "--json", "--lang", "en",
    REAL_MTA + "sendmail/rcpt-450-ratelimit-expired-delay.eml"],
  "sendmail-rcpt-450-ratelimit-expired-delay.ja": ["explain", "--json", "--lang", "ja",
    REAL_MTA + "sendmail/rcpt-450-ratelimit-expired-delay.eml"],
  // Oracle Messaging Server's delay notice: "for an additional 3 days", undeliverable for 1 day
  "lhost-messagingserver-07": ["explain", "--json", "--lang", "en", CORPUS + "lhost-messagingserver-07.eml"],
  "lhost-messagingserver-07.ja": ["explain", "--json", "--lang", "ja", CORPUS + "lhost-messagingserver-07.eml"],
  // an Exim delay notice without a status: whybounce infers it
  "lhost-exim-38": ["explain", "--json", "--lang", "en", CORPUS + "lhost-exim-38.eml"],
  // Sendmail gave up: "could not be delivered for 12 hours"
  "lhost-sendmail-10": ["explain", "--json", "--lang", "en", CORPUS + "lhost-sendmail-10.eml"],
  "lhost-sendmail-10.ja": ["explain", "--json", "--lang", "ja", CORPUS + "lhost-sendmail-10.eml"],
  // a permanent refusal with the server's status
  "lhost-postfix-01": ["explain", "--json", "--lang", "en", CORPUS + "lhost-postfix-01.eml"],
  "lhost-postfix-01.ja": ["explain", "--json", "--lang", "ja", CORPUS + "lhost-postfix-01.eml"],
  // a permanent refusal without a status: whybounce infers 5.1.1 from the reason
  "lhost-biglobe-01": ["explain", "--json", "--lang", "en", CORPUS + "lhost-biglobe-01.eml"],
  "lhost-biglobe-01.ja": ["explain", "--json", "--lang", "ja", CORPUS + "lhost-biglobe-01.eml"],
  // an auto-reply and a complaint report: their quoted words are not a server's (session 60, u60)
  "vacation-bsd": ["explain", "--json", "--lang", "en", "tests/fixtures/vacation/bsd-vacation1-precedence-bulk.eml"],
  "vacation-bsd.ja": ["explain", "--json", "--lang", "ja", "tests/fixtures/vacation/bsd-vacation1-precedence-bulk.eml"],
  "arf-01": ["explain", "--json", "--lang", "en", CORPUS + "arf-01.eml"],
  "arf-01.ja": ["explain", "--json", "--lang", "ja", CORPUS + "arf-01.eml"],
  // a pasted temporary reply
  "line-450-mailbox-full": ["line", "--json", "--lang", "en", "450 4.2.2 mailbox full"],
  "line-450-mailbox-full.ja": ["line", "--json", "--lang", "ja", "450 4.2.2 mailbox full"],
  // a pasted greylisting deferral: nobody acts *for now* (session 60, u60: the popup said "nothing needs doing")
  "line-451-greylisted": ["line", "--json", "--lang", "en", "451 4.7.1 Please try again later, you are greylisted"],
  "line-451-greylisted.ja": ["line", "--json", "--lang", "ja", "451 4.7.1 Please try again later, you are greylisted"],
  // a pasted POP3 error: a topic, no reason, no timing
  "line-pop3-auth-failed": ["line", "--json", "--lang", "en", "-ERR authentication failed"],
  "line-pop3-auth-failed.ja": ["line", "--json", "--lang", "ja", "-ERR authentication failed"],
  // Thunderbird's quote of a reply without its codes
  "line-relaying-denied": ["line", "--json", "--lang", "en", "<bob@elsewhere.example>... Relaying denied"],
  // Thunderbird's send error dialog, copied whole: the reply inside it is explained (session 60, u60)
  "line-thunderbird-rcpt": ["line", "--json", "--lang", "en", "Sending of the message failed.\nAn error occurred "
    + "while sending mail. The mail server responded:\n554 5.7.1 <bob@example.org>: Relay access denied.\nPlease "
    + "check the message recipient \"bob@example.org\" and try again."],
  "line-thunderbird-rcpt.ja": ["line", "--json", "--lang", "ja", "Sending of the message failed.\nAn error occurred "
    + "while sending mail. The mail server responded:\n554 5.7.1 <bob@example.org>: Relay access denied.\nPlease "
    + "check the message recipient \"bob@example.org\" and try again."],
  // a pasted text with nothing of a server's reply in it (no code, address, stage or known words)
  "line-unrecognised": ["line", "--json", "--lang", "en", "hello this is not an error"],
  "line-unrecognised.ja": ["line", "--json", "--lang", "ja", "hello this is not an error"],
};

let cache = null;

/** The captured answer of a case: for explain, the message's result; for line, the finding. */
export function hostAnswer(name) {
  if (!cache) cache = JSON.parse(readFileSync(ANSWERS_FILE, "utf-8"));
  if (!(name in cache)) throw new Error(`no captured answer ${name}: run node capture-host-answers.js`);
  return structuredClone(cache[name]);
}

/** The same answer without what an older host (before `timing`, `status_inferred`, `reason_name`) sent. */
export function olderHostAnswer(name) {
  const answer = hostAnswer(name);
  const strip = (f) => {
    delete f.timing;
    delete f.status_inferred;
    if (f.card) delete f.card.reason_name;
  };
  if (Array.isArray(answer.recipients)) answer.recipients.forEach(strip);
  else strip(answer);
  return answer;
}
