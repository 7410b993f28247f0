#!/usr/bin/env bash
# Back up Ashar: a PostgreSQL dump of DATABASE_URL (custom format) and a tarball of
# MEDIA_ROOT, with their SHA-256 sums, into one time-stamped folder.
#
#   DATABASE_URL=postgres://user:pw@host:5432/ashar MEDIA_ROOT=/srv/ashar/media \
#       scripts/backup.sh /srv/backups
#
# Restore with scripts/restore.sh (docs/deploy.md "Backups and recovery").
set -euo pipefail

dest_root=${1:-backups}
: "${DATABASE_URL:?DATABASE_URL must point at the PostgreSQL database to dump}"
media_root=${MEDIA_ROOT:-$(cd "$(dirname "$0")/.." && pwd)/media}
case "$DATABASE_URL" in
    postgres://* | postgresql://*) ;;
    *) echo "backup.sh dumps PostgreSQL only (DATABASE_URL=$DATABASE_URL)" >&2; exit 2 ;;
esac

stamp=$(date -u +%Y%m%dT%H%M%SZ)
dest="$dest_root/ashar-$stamp"
mkdir -p "$dest"

pg_dump --format=custom --no-owner --no-privileges --dbname="$DATABASE_URL" \
    --file="$dest/database.dump"
if [ -d "$media_root" ]; then
    tar --create --gzip --file="$dest/media.tar.gz" --directory="$media_root" .
else
    echo "No media folder at $media_root: database only." >&2
fi
(cd "$dest" && sha256sum ./* > SHA256SUMS)
echo "$dest"
