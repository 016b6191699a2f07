"""Input limits: every one of them, when hit, adds a warning to the result instead of failing silently."""

MAX_MESSAGE_BYTES = 80 * 1024 * 1024  # a bounce returning a 50 MB file (~68 MB base64) fits; larger is a clear error
MAX_SCAN_CHARS = 256 * 1024  # how much of one text part the text detectors read
MAX_HTML_CHARS = 4 * MAX_SCAN_CHARS  # how much of an HTML part is converted to text (markup is longer than text)
MAX_PARTS = 500  # MIME parts walked per message
MAX_DEPTH = 30  # MIME nesting depth walked
MAX_RECIPIENTS = 1000  # findings per message
MAX_FIELD_CHARS = 4000  # a diagnostic, evidence or text line is cut to this length
MAX_HEADER_CHARS = 64 * 1024  # one header value, continuation lines included
MAX_DSN_CHARS = 4 * 1024 * 1024  # a delivery-status part (1000 recipient groups fit easily)
