#!/usr/bin/env bash
# A one-node Slurm cluster with job accounting on this machine, to run the workflow
# through workflow/profiles/slurm (and for tests/test_slurm.py):
#
#   sudo workflow/cluster/start-slurm.sh       # installs what is missing, starts, waits
#   SBATCH_ACCOUNT=swaptally snakemake --workflow-profile workflow/profiles/slurm
#   sudo workflow/cluster/stop-slurm.sh        # ends exactly what this script started
#
# Needs root and Debian/Ubuntu's apt (slurm-wlm, slurmdbd, munge, mariadb-server are
# installed where missing). Everything else is private to one state folder
# ($SWAPTALLY_SLURM_DIR, default /var/tmp/swaptally-slurm): the configuration, a munge key
# and socket, a MariaDB data folder, spool, logs and pid files. No system service is
# started; the only file outside that folder is the link /etc/slurm/slurm.conf (refused
# if another Slurm configuration is there), which stop-slurm.sh removes again.
#
# The node gets this machine's CPUs (nproc) and memory (slurmd -C), one partition
# `swaptally` (the default) and one account `swaptally` that the calling user may use.
set -euo pipefail

STATE=${SWAPTALLY_SLURM_DIR:-/var/tmp/swaptally-slurm}
CLUSTER=swaptally
CTLD_PORT=${SWAPTALLY_SLURMCTLD_PORT:-6817}
SLURMD_PORT=${SWAPTALLY_SLURMD_PORT:-6818}
DBD_PORT=${SWAPTALLY_SLURMDBD_PORT:-6819}
DB_PORT=${SWAPTALLY_MARIADB_PORT:-6820}
WAIT=${SWAPTALLY_SLURM_WAIT:-60}  # seconds to wait for each daemon

say() { echo "start-slurm: $*" >&2; }
die() {
  say "$*"
  exit 1
}

[ "$(id -u)" -eq 0 ] || die "needs root (it installs packages and starts slurmd)"

# --- packages -------------------------------------------------------------------------
missing=()
for pair in slurmctld:slurmctld slurmd:slurmd sinfo:slurm-client slurmdbd:slurmdbd \
  munged:munge mariadbd:mariadb-server mariadb:mariadb-client; do
  command -v "${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair#*:}")
done
if [ ${#missing[@]} -gt 0 ]; then
  command -v apt-get >/dev/null || die "missing ${missing[*]} and no apt-get to install them"
  say "installing ${missing[*]}"
  # Debian starts a package's service on install unless policy-rc.d says no; this script
  # runs its own private daemons instead, so forbid that for the install.
  policy=/usr/sbin/policy-rc.d
  own_policy=
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod 755 "$policy" && own_policy=1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
  [ -z "$own_policy" ] || rm -f "$policy"
fi

# --- state folder and configuration ---------------------------------------------------
mkdir -p "$STATE"/{etc,run,log,ctld,spool,munge,mysql,mysql-run}
chmod 700 "$STATE/munge"
export SLURM_CONF="$STATE/etc/slurm.conf"
STARTED="$STATE/run/started"  # "name pid" of every daemon this script started
touch "$STARTED"
# One start at a time (two test runs at once would both start daemons). Daemons are
# started with the lock's descriptor closed (9>&-), so that it is free again when this
# script ends; a minute at most, should a daemon of an older start hold it.
exec 9>"$STATE/run/lock"
flock -w 60 9 || say "$STATE/run/lock still held after 60 s; going on"

running() {  # running NAME PIDFILE: the daemon of that pid file is alive (and recorded)
  local pid
  pid=$(cat "$2" 2>/dev/null) || return 1
  [ -n "$pid" ] && [ -r "/proc/$pid/cmdline" ] && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q "$1" ||
    return 1
  # Only this script writes pid files here: a live one missing from the record (an earlier
  # start interrupted before it wrote it down) is still ours to stop.
  grep -qx "$1 $pid" "$STARTED" || echo "$1 $pid" >>"$STARTED"
}


wait_for() {  # wait_for WHAT COMMAND...: retry COMMAND until it succeeds or WAIT passes
  local what=$1 deadline=$((SECONDS + WAIT))
  shift
  while [ $SECONDS -lt $deadline ]; do
    timeout 10 "$@" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  die "$what did not come up in ${WAIT}s; logs in $STATE/log"
}

launch() {  # launch PIDFILE COMMAND...: start a daemon that writes PIDFILE
  rm -f "$1"
  "${@:2}" 9>&-
}

started() {  # started NAME PIDFILE: wait for the pid file of a daemon just launched, record it
  wait_for "$1's pid file" test -s "$2"
  echo "$1 $(cat "$2")" >>"$STARTED"
}

NODE=$(hostname -s)
CPUS=$(nproc)
MEMORY=$(slurmd -C | sed -n 's/.*RealMemory=\([0-9]*\).*/\1/p')
[ -n "$MEMORY" ] || die "slurmd -C did not report the memory"

cat >"$STATE/etc/slurm.conf" <<EOF
# Written by workflow/cluster/start-slurm.sh: one node, this machine.
ClusterName=$CLUSTER
SlurmctldHost=$NODE(127.0.0.1)
SlurmctldPort=$CTLD_PORT
SlurmdPort=$SLURMD_PORT
SlurmUser=root
AuthType=auth/munge
AuthInfo=socket=$STATE/munge/munge.socket
StateSaveLocation=$STATE/ctld
SlurmdSpoolDir=$STATE/spool
SlurmctldPidFile=$STATE/run/slurmctld.pid
SlurmdPidFile=$STATE/run/slurmd.pid
SlurmctldLogFile=$STATE/log/slurmctld.log
SlurmdLogFile=$STATE/log/slurmd.log
# No cgroups in a container: track processes by parent id, bind nothing.
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
MpiDefault=none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core_Memory
SchedulerType=sched/backfill
ReturnToService=2
# Job accounting: the executor plugin asks sacct for job states.
AccountingStorageType=accounting_storage/slurmdbd
AccountingStorageHost=127.0.0.1
AccountingStoragePort=$DBD_PORT
# Which munge socket talks to slurmdbd (AuthInfo above covers the cluster only).
AccountingStoragePass=$STATE/munge/munge.socket
# The executor plugin puts the rule and wildcards in a job's comment: keep it for sacct.
AccountingStoreFlags=job_comment
JobAcctGatherType=jobacct_gather/linux
JobAcctGatherFrequency=30
JobCompType=jobcomp/none
# Keep finished jobs visible to squeue for a while as well.
MinJobAge=300
NodeName=$NODE NodeAddr=127.0.0.1 CPUs=$CPUS RealMemory=$MEMORY State=UNKNOWN
PartitionName=$CLUSTER Nodes=$NODE Default=YES MaxTime=INFINITE State=UP
EOF

if [ ! -s "$STATE/etc/db.password" ]; then
  (umask 077 && head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$STATE/etc/db.password")
fi
(
  umask 077
  cat >"$STATE/etc/slurmdbd.conf" <<EOF
# Written by workflow/cluster/start-slurm.sh: accounting for the one-node cluster.
AuthType=auth/munge
AuthInfo=socket=$STATE/munge/munge.socket
DbdHost=localhost
DbdAddr=127.0.0.1
DbdPort=$DBD_PORT
SlurmUser=root
PidFile=$STATE/run/slurmdbd.pid
LogFile=$STATE/log/slurmdbd.log
StorageType=accounting_storage/mysql
StorageHost=127.0.0.1
StoragePort=$DB_PORT
StorageUser=slurm
StoragePass=$(cat "$STATE/etc/db.password")
StorageLoc=slurm_acct_db
EOF
)

# --- munge ----------------------------------------------------------------------------
if ! running munged "$STATE/run/munged.pid"; then
  if [ ! -s "$STATE/munge/munge.key" ]; then
    (umask 077 && head -c 1024 /dev/urandom >"$STATE/munge/munge.key")
  fi
  launch "$STATE/run/munged.pid" munged --force --key-file="$STATE/munge/munge.key" --socket="$STATE/munge/munge.socket" \
    --pid-file="$STATE/run/munged.pid" --log-file="$STATE/log/munged.log" \
    --seed-file="$STATE/munge/munged.seed"
  started munged "$STATE/run/munged.pid"
  wait_for munged munge -n -S "$STATE/munge/munge.socket"
fi

# --- MariaDB for slurmdbd -------------------------------------------------------------
# mariadbd runs as the mysql user: its socket, pid file and log in a folder of its own.
MYSQL_RUN="$STATE/mysql-run"
MYSQL_SOCKET="$MYSQL_RUN/mysqld.sock"
sql=(mariadb --no-defaults --socket="$MYSQL_SOCKET" -u root)
if ! running mariadbd "$MYSQL_RUN/mariadb.pid"; then
  chown -R mysql:mysql "$STATE/mysql" "$MYSQL_RUN"
  if [ ! -d "$STATE/mysql/mysql" ]; then
    mariadb-install-db --no-defaults --user=mysql --datadir="$STATE/mysql" \
      --auth-root-authentication-method=socket --skip-test-db >"$STATE/log/mariadb-install.log" 2>&1 ||
      die "mariadb-install-db failed; see $STATE/log/mariadb-install.log"
  fi
  # Slurm's recommended InnoDB settings, sized down for one node.
  rm -f "$MYSQL_RUN/mariadb.pid"
  setsid mariadbd --no-defaults --user=mysql --datadir="$STATE/mysql" \
    --socket="$MYSQL_SOCKET" --port="$DB_PORT" --bind-address=127.0.0.1 --skip-name-resolve \
    --pid-file="$MYSQL_RUN/mariadb.pid" --log-error="$MYSQL_RUN/mariadb.log" \
    --innodb-buffer-pool-size=64M --innodb-log-file-size=64M --innodb-lock-wait-timeout=900 \
    </dev/null >/dev/null 2>&1 9>&- &
  started mariadbd "$MYSQL_RUN/mariadb.pid"
  wait_for mariadbd "${sql[@]}" -e 'SELECT 1'
fi
password=$(cat "$STATE/etc/db.password")
"${sql[@]}" <<EOF
CREATE USER IF NOT EXISTS 'slurm'@'127.0.0.1' IDENTIFIED BY '$password';
ALTER USER 'slurm'@'127.0.0.1' IDENTIFIED BY '$password';
CREATE DATABASE IF NOT EXISTS slurm_acct_db;
GRANT ALL ON slurm_acct_db.* TO 'slurm'@'127.0.0.1';
EOF

# --- slurmdbd, then the cluster and an account in it ----------------------------------
if ! running slurmdbd "$STATE/run/slurmdbd.pid"; then
  launch "$STATE/run/slurmdbd.pid" slurmdbd
  started slurmdbd "$STATE/run/slurmdbd.pid"
  wait_for slurmdbd sacctmgr -n list cluster
fi
user=${SUDO_USER:-$(id -un)}
sacctmgr -n list cluster format=cluster | grep -qw "$CLUSTER" ||
  sacctmgr -i add cluster "$CLUSTER" >/dev/null
sacctmgr -n list account format=account | grep -qw "$CLUSTER" ||
  sacctmgr -i add account "$CLUSTER" cluster="$CLUSTER" \
    description="swaptally workflow" organization=swaptally >/dev/null
sacctmgr -n list association user="$user" account="$CLUSTER" format=user | grep -qw "$user" ||
  sacctmgr -i add user "$user" account="$CLUSTER" defaultaccount="$CLUSTER" >/dev/null

# --- slurmctld and slurmd -------------------------------------------------------------
if ! running slurmctld "$STATE/run/slurmctld.pid"; then
  launch "$STATE/run/slurmctld.pid" slurmctld
  started slurmctld "$STATE/run/slurmctld.pid"
  wait_for slurmctld scontrol ping
else
  scontrol reconfigure  # the configuration above may have changed
fi
if ! running slurmd "$STATE/run/slurmd.pid"; then
  launch "$STATE/run/slurmd.pid" slurmd
  started slurmd "$STATE/run/slurmd.pid"
fi

# Slurm's client tools find the configuration at /etc/slurm/slurm.conf. SLURM_CONF would
# do for Snakemake, but the plugin's job step drops SLURM_* variables before the srun it
# runs inside each job. A link, removed by stop-slurm.sh, so that with the cluster stopped
# the tools find no configuration and fail at once (a configuration whose controller does
# not answer makes every Snakemake start wait 10 s in the plugin's `scontrol` probe).
LINK=/etc/slurm/slurm.conf
if [ "$(readlink "$LINK" 2>/dev/null)" != "$SLURM_CONF" ]; then
  [ ! -e "$LINK" ] && [ ! -L "$LINK" ] || die "$LINK exists (another Slurm); not replacing it"
  mkdir -p /etc/slurm
  ln -s "$SLURM_CONF" "$LINK"
fi
grep -qx "link $LINK" "$STARTED" || echo "link $LINK" >>"$STARTED"

node_idle=(sh -c '[ "$(sinfo -h -n "$0" -o %t)" = idle ]' "$NODE")
if ! "${node_idle[@]}"; then
  # A node left down or drained by an earlier run comes back here.
  scontrol update nodename="$NODE" state=resume >/dev/null 2>&1 || true
  wait_for "node $NODE (idle in sinfo)" "${node_idle[@]}"
fi
sinfo >&2
say "ready: cluster $CLUSTER, partition $CLUSTER, account $CLUSTER (for $user)"
