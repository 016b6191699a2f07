#!/bin/sh
# Alias program that refuses the recipient: exit status 67 is EX_NOUSER (sysexits.h).
cat >/dev/null
echo "mailbox: no such user here"
exit 67
