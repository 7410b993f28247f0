#!/usr/bin/env bash
# Restore a backup made by scripts/backup.sh into an EMPTY database and media folder.
#
#   DATABASE_URL=postgres://user:pw@host:5432/ashar_restored MEDIA_ROOT=/srv/ashar/media \
#       scripts/restore.sh /srv/backups/ashar-20261130T060000Z
#
# Then: manage.py migrate (for a newer release) and scripts/crawl.py to check every page.
set -euo pipefail

src=${1:?usage: restore.sh BACKUP_FOLDER}
: "${DATABASE_URL:?DATABASE_URL must point at the empty database to restore into}"
media_root=${MEDIA_ROOT:-$(cd "$(dirname "$0")/.." && pwd)/media}

(cd "$src" && sha256sum --check --quiet SHA256SUMS)
pg_restore --no-owner --no-privileges --exit-on-error --dbname="$DATABASE_URL" \
    "$src/database.dump"
if [ -f "$src/media.tar.gz" ]; then
    mkdir -p "$media_root"
    tar --extract --gzip --file="$src/media.tar.gz" --directory="$media_root"
fi
echo "Restored $src"
