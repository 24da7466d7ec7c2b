#!/bin/sh
# Alertmanager's entrypoint in docker-compose.yml: writes the receiver's address from the environment
# (ALERT_WEBHOOK_URL, from .env) into alertmanager.yml, checks nothing is left unset, then runs Alertmanager
# with the remaining arguments. Alertmanager reads no environment variables itself. The tests run this
# same script with ALERTMANAGER_TEMPLATE, ALERTMANAGER_CONFIG and ALERTMANAGER_BIN pointing elsewhere.
set -eu
: "${ALERT_WEBHOOK_URL:?set ALERT_WEBHOOK_URL in .env: where Alertmanager sends lake alerts}"
template=${ALERTMANAGER_TEMPLATE:-/etc/alertmanager/lake.yml}
config=${ALERTMANAGER_CONFIG:-/alertmanager/alertmanager.yml}
# A literal replacement (index/substr, not sub()): a URL's & and \ stay as they are.
awk -v name='${ALERT_WEBHOOK_URL}' '
  { out = ""; line = $0
    while ((i = index(line, name)) > 0) { out = out substr(line, 1, i - 1) ENVIRON["ALERT_WEBHOOK_URL"]; line = substr(line, i + length(name)) }
    print out line }' "$template" >"$config"
exec "${ALERTMANAGER_BIN:-/bin/alertmanager}" --config.file="$config" "$@"
