#!/usr/bin/env bash
# End the daemons that workflow/cluster/start-slurm.sh started (and nothing else): the
# ones it recorded in $SWAPTALLY_SLURM_DIR/run/started, newest first, each only while
# its pid still runs the same program. The state folder (configuration, accounting
# database) stays for the next start; --purge removes it as well.
set -euo pipefail

STATE=${SWAPTALLY_SLURM_DIR:-/var/tmp/swaptally-slurm}
STARTED="$STATE/run/started"
say() { echo "stop-slurm: $*" >&2; }

# Not while start-slurm.sh runs (it takes the same lock).
if [ -d "$STATE/run" ]; then
  exec 9>"$STATE/run/lock"
  flock -w 60 9 || say "$STATE/run/lock still held after 60 s; going on"
fi

if [ ! -s "$STARTED" ]; then
  say "nothing recorded in $STARTED; nothing to stop"
else
  # tac: the configuration link, slurmd, slurmctld, slurmdbd, mariadbd, munged.
  tac "$STARTED" | while read -r name pid; do
    if [ "$name" = link ]; then  # the configuration link: pid is its path
      [ ! -L "$pid" ] || rm -f "$pid"
      say "removed the link $pid"
    elif [ -r "/proc/$pid/cmdline" ] && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q "$name"; then
      kill "$pid"
      for _ in $(seq 60); do
        [ -e "/proc/$pid" ] || break
        sleep 0.5
      done
      if [ -e "/proc/$pid" ]; then
        say "$name ($pid) still runs after 30 s; killing it"
        kill -9 "$pid" 2>/dev/null || true
      fi
      say "stopped $name ($pid)"
    fi
  done
  : >"$STARTED"
fi

if [ "${1:-}" = --purge ]; then
  rm -rf "$STATE"
  say "removed $STATE"
fi
