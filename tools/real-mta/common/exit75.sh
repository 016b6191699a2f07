#!/bin/sh
# Alias program that fails temporarily: exit status 75 is EX_TEMPFAIL (sysexits.h).
cat >/dev/null
echo "mail store temporarily unavailable"
exit 75
