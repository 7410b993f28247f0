"""The demo's data files that an importer reads as an editor's spreadsheet would be read
(docs/import.md): the municipal figures (`figures.csv`, `municipalities.services.
figures_import`), the registers' services (`registers/<municipality>.csv`,
`registry.services.register_import`) and the news (`news.csv`,
`municipalities.news_import`). The photos the
files name are the demo's drawn photos, written to a folder under the names the files
give them (demo-01.jpg …)."""

import tempfile

from core.imports import Action, ImportFailure, import_log_add
from home.demo_data import DATA_DIR

from .stories import photos_folder


class DataImportError(Exception):
    """A demo data file did not import: the importer's messages."""


def data_import(importer, name, *, photos=(), **kwargs):
    """Import the data file `name` of `home/demo_data/` with `importer` (`kwargs`: its
    own, such as publish=True); returns the ImportResult, logged when it changed
    something. Raises DataImportError when a row has an error."""
    with tempfile.TemporaryDirectory(prefix="ashar-demo-photos-") as folder:
        if photos:
            photos_folder(photos, folder)
            kwargs["photos"] = folder
        try:
            result, _table = importer(source=(DATA_DIR / name).read_bytes(), name=name, **kwargs)
        except ImportFailure as error:
            raise DataImportError(f"{name}: {error}") from error
    if not result.ok:
        issues = [str(issue) for issue in result.all_issues()]
        raise DataImportError(f"{name}: " + "; ".join(issues[:10]))
    if result.counts[Action.NEW] or result.counts[Action.UPDATED]:
        import_log_add(result=result, user=None)
    return result
