"""The admin pages of an import, the same for every importer (docs/import.md): upload a
file (and a ZIP of photos when the importer takes photos) → a dry run shows what each row
would do and every error by row and column, with the file and an error column to download
→ confirm → the result. Templates in each language are downloaded from the first page.

An app registers its importer with `importer_register(Importer(...), menu_order=...)` in
its `wagtail_hooks` (`stories` does for stories): its pages and its entry in the menu.
Only users who may import (`core.imports.can_import`: central editors) see and use these
pages; others get a page that says so (403), never an error.

The confirmation answers with a page that arrives while the import runs (a streamed
response, no JavaScript needed): its head, then a `<progress>` with "row N of M" each time
the import gets further (CSS shows only the last), then the result, then the page's end.
The import runs in a greenlet of the request's own thread (same database connection and
transaction), which hands each progress report back to the response's iterator.

Between the preview and the confirmation the uploaded files wait in a folder of their own
under the system's temporary folder (`ASHAR_IMPORT_DIR`), named by a random token kept in
the editor's session; they are deleted when the import is confirmed, and a day later at
the latest by `import_staging_prune` (run at every upload).
"""

import contextvars
import json
import logging
import secrets
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from django import forms
from django.conf import settings
from django.http import Http404, HttpResponse, StreamingHttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from greenlet import greenlet
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .imports import (
    LANGUAGES,
    MAX_FILE_BYTES,
    Action,
    ImportFailure,
    annotated_xlsx,
    can_import,
    import_log_add,
    template_xlsx,
)
from .models import ImportLog
from .photos import PhotoSource, PhotoSourceError

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
STAGING_HOURS = 24
MAX_PHOTOS_ZIP_BYTES = 500 * 1024 * 1024
PREVIEW_ROWS = 2_000  # rows listed on the preview page (all are counted and checked)
# The markers the streamed page is cut at: the progress goes in at the first, the result
# at the second.
PROGRESS_MARK = "<!--ashar-import-progress-->"
RESULT_MARK = "<!--ashar-import-result-->"

logger = logging.getLogger(__name__)


def staging_root():
    root = getattr(settings, "ASHAR_IMPORT_DIR", None) or Path(tempfile.gettempdir()) / (
        "ashar-imports"
    )
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    return root


def import_staging_prune():
    """Delete staged uploads older than STAGING_HOURS."""
    limit = time.time() - STAGING_HOURS * 3600
    for folder in staging_root().iterdir():
        if folder.is_dir() and folder.stat().st_mtime < limit:
            shutil.rmtree(folder, ignore_errors=True)


@dataclass(frozen=True)
class Importer:
    """An importer as the admin offers it: its title, its layout (whose kind names the URL
    and the log's entries), whether it takes photos, and `run(source=, name=, photos=,
    user=, dry_run=, publish=)` returning (ImportResult, Table).

    An importer into one object (a municipality's register) has a `target(pk)` that
    returns that object (or None: 404) from the number in its URL
    (/admin/import/<kind>/<pk>/); `run` then also gets `target=`, the header names it,
    and `allowed(user, target)` says who may import into it (by default: who may import
    at all, `can_import`), `refusal` what the others read. Publishing at once is for
    central editors (`can_import`) whoever else may import."""

    title: object
    layout: object
    run: object
    photos: bool = False
    publish: bool = True
    target: object = None
    allowed: object = None
    refusal: object = gettext_lazy(
        "Only central editors may import spreadsheets. Ask a central editor to import the file "
        "for you."
    )

    @property
    def kind(self):
        return self.layout.kind


class UploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Spreadsheet (.xlsx or .csv)"),
        help_text=gettext_lazy("At most 20 MB and 10 000 rows."),
    )
    photos = forms.FileField(
        label=gettext_lazy("Photos (a .zip archive)"),
        required=False,
        help_text=gettext_lazy("The photos the spreadsheet names in its column “Photos”."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_FILE_BYTES:
            raise forms.ValidationError(
                _("The file is larger than %(size)s MB.") % {"size": MAX_FILE_BYTES // 2**20}
            )
        return upload

    def clean_photos(self):
        upload = self.cleaned_data.get("photos")
        if upload and upload.size > MAX_PHOTOS_ZIP_BYTES:
            raise forms.ValidationError(
                _("The file is larger than %(size)s MB.") % {"size": MAX_PHOTOS_ZIP_BYTES // 2**20}
            )
        return upload


def _refusal(request, importer):
    return render(
        request,
        "core/admin/import_refused.html",
        {"importer": importer, "header_title": importer.title, "refusal": importer.refusal},
        status=403,
    )


def _access(request, importer, target_id):
    """(the import's target or None, a refusal response or None): 404 for a target that
    does not exist, 403 for a user who may not import (into it)."""
    target = None
    if importer.target is not None:
        target = importer.target(target_id)
        if target is None:
            raise Http404
    if importer.allowed is not None:
        permitted = importer.allowed(request.user, target)
    else:
        permitted = can_import(request.user)
    return target, None if permitted else _refusal(request, importer)


def _owner_key(importer, target_id):
    return importer.kind if target_id is None else f"{importer.kind}:{target_id}"


def _run(importer, target, **kwargs):
    if importer.target is not None:
        kwargs["target"] = target
    return importer.run(**kwargs)


def _staged(request, importer, token, target_id=None):
    """The staging folder of `token` when this editor's session owns it (for this
    target), else None."""
    owned = request.session.get("ashar_imports", {})
    if not token or owned.get(token) != _owner_key(importer, target_id):
        return None
    folder = staging_root() / token
    return folder if (folder / "meta.json").exists() else None


def _photos(folder):
    archive = folder / "photos.zip"
    return PhotoSource.from_zip(archive.read_bytes()) if archive.exists() else None


def _rows_shown(result):
    return result.rows[:PREVIEW_ROWS]


def _context(importer, target=None, target_id=None, **values):
    token = values.get("token")
    ids = {} if target_id is None else {"target_id": target_id}
    title = importer.title if target is None else f"{importer.title}: {target}"
    return {
        "importer": importer,
        "header_title": title,
        "target": target,
        "actions": Action,
        "upload_url": import_url(importer, **ids),
        "confirm_url": import_url(importer, "confirm", **ids),
        "errors_url": import_url(importer, "errors", token=token, **ids) if token else "",
        "template_links": [
            (
                code,
                settings.LANGUAGE_NAMES[code],
                import_url(importer, "template", language=code, **ids),
            )
            for code in LANGUAGES
        ],
        **values,
    }


def upload_view(request, importer, target_id=None):
    """The upload form (GET), or the dry run of the uploaded files (POST)."""
    target, refusal = _access(request, importer, target_id)
    if refusal:
        return refusal
    form = UploadForm(request.POST or None, request.FILES or None)
    if not importer.photos:
        form.fields.pop("photos")
    failure = None
    if request.method == "POST" and form.is_valid():
        import_staging_prune()
        upload = form.cleaned_data["file"]
        photos_upload = form.cleaned_data.get("photos")
        data = upload.read()
        photos = None
        try:
            if photos_upload:
                photos = PhotoSource.from_zip(photos_upload.read())
            result, table = _run(
                importer,
                target,
                source=data,
                name=upload.name,
                photos=photos,
                user=request.user,
                dry_run=True,
            )
        except (ImportFailure, PhotoSourceError) as error:
            failure = getattr(error, "issues", None) or [str(error)]
        else:
            import_log_add(result=result, user=request.user)
            token = secrets.token_urlsafe(16)
            folder = staging_root() / token
            folder.mkdir()
            (folder / "file").write_bytes(data)
            if photos_upload:
                photos_upload.seek(0)
                (folder / "photos.zip").write_bytes(photos_upload.read())
            (folder / "meta.json").write_text(json.dumps({"name": upload.name}))
            if not result.ok:
                (folder / "errors.xlsx").write_bytes(annotated_xlsx(table, result))
            owned = request.session.get("ashar_imports", {})
            owned[token] = _owner_key(importer, target_id)
            request.session["ashar_imports"] = owned
            return render(
                request,
                "core/admin/import_preview.html",
                _context(
                    importer,
                    target,
                    target_id,
                    result=result,
                    rows=_rows_shown(result),
                    token=token,
                    can_publish=importer.publish and can_import(request.user),
                ),
            )
    logs = ImportLog.objects.filter(kind=importer.kind).select_related("user")
    if importer.target is not None:  # the log does not say into which target: hers only
        logs = logs.filter(user=request.user)
    return render(
        request,
        "core/admin/import_upload.html",
        _context(importer, target, target_id, form=form, failure=failure, logs=logs[:10]),
        status=400 if failure else 200,
    )


def confirm_view(request, importer, target_id=None):
    """Run the previewed import for real (POST): a page streamed while it runs, with its
    progress, then its result."""
    target, refusal = _access(request, importer, target_id)
    if refusal:
        return refusal
    if request.method != "POST":
        ids = {} if target_id is None else {"target_id": target_id}
        return redirect(import_url(importer, **ids))
    token = request.POST.get("token")
    folder = _staged(request, importer, token, target_id)
    if folder is None:
        return render(
            request,
            "core/admin/import_upload.html",
            _context(
                importer,
                target,
                target_id,
                form=UploadForm(),
                failure=[_("This import has expired or was already made; upload the file again.")],
                logs=[],
            ),
            status=400,
        )
    # The token is used up now: the session is saved before the page streams, and a
    # second click imports nothing twice.
    owned = request.session.get("ashar_imports", {})
    owned.pop(token, None)
    request.session["ashar_imports"] = owned
    meta = json.loads((folder / "meta.json").read_text())
    publish = importer.publish and can_import(request.user) and request.POST.get("publish") == "1"
    context = _context(importer, target, target_id, file_name=meta["name"], published=publish)
    page = render_to_string("core/admin/import_running.html", context, request=request)
    head, rest = page.split(PROGRESS_MARK, 1)
    middle, tail = rest.split(RESULT_MARK, 1)

    def run(progress):
        return _run(
            importer,
            target,
            source=(folder / "file").read_bytes(),
            name=meta["name"],
            photos=_photos(folder),
            user=request.user,
            dry_run=False,
            publish=publish,
            progress=progress,
        )

    stream = ImportStream(
        request=request, run=run, context=context, folder=folder, parts=(head, middle, tail)
    )
    # A generator (it has close(): the server calls it when the reader leaves).
    response = StreamingHttpResponse(iter(stream), content_type="text/html; charset=utf-8")
    response["X-Accel-Buffering"] = "no"  # nginx passes each part on at once
    response["Cache-Control"] = "no-store"
    response.progressive = True  # core.middleware.CompressionMiddleware sends it as it is
    return response


def _progress_html(done, total):
    """One step of the progress: the importers report a check of every row, then the
    writing of every row (total = twice the rows)."""
    rows = max(total // 2, 1)
    if done <= rows:
        label = ngettext(
            "Checked row %(done)s of %(rows)s", "Checked row %(done)s of %(rows)s", rows
        ) % {"done": done, "rows": rows}
    else:
        label = ngettext(
            "Imported row %(done)s of %(rows)s", "Imported row %(done)s of %(rows)s", rows
        ) % {"done": done - rows, "rows": rows}
    return (
        f'<p class="ashar-import__step" aria-hidden="true"><progress value="{done}" '
        f'max="{total}"></progress> <span>{label}</span></p>\n'
    )


class ImportStream:
    """The streamed page of one confirmed import: head, progress steps, result, tail.
    The import runs in a greenlet; each progress report it makes comes back here and is
    sent (at most once per percent). The steps are drawn over each other (CSS) and hidden
    from screen readers, which hear "Starting the import" and then the result. When the
    reader leaves before the end, the import still runs to its end (all or nothing either
    way) and is logged."""

    def __init__(self, *, request, run, context, folder, parts):
        self.request = request
        self.run = run
        self.context = context
        self.folder = folder
        self.parts = parts
        self.language = translation.get_language()
        self.timezone = timezone.get_current_timezone_name()

    def __iter__(self):
        head, middle, tail = self.parts
        yield head.encode()
        with translation.override(self.language), timezone.override(self.timezone):
            outcome = yield from self._steps()
            yield middle.encode()
            yield self._result_html(outcome).encode()
            yield tail.encode()

    def _steps(self):
        """Yield the progress steps while the import runs; return its outcome."""
        parent = greenlet.getcurrent()
        shown = [-1]

        def progress(done, total):
            percent = done * 100 // total if total else 100
            if percent != shown[0]:
                shown[0] = percent
                parent.switch(("progress", done, total))

        worker = greenlet(lambda: ("done", self._import(progress)), parent=parent)
        # The import sees the request's language and time zone (a greenlet starts with
        # an empty context otherwise).
        worker.gr_context = contextvars.copy_context()
        message = ("progress",)
        try:
            message = worker.switch()
            while message[0] == "progress":
                yield _progress_html(message[1], message[2]).encode()
                message = worker.switch()
        finally:
            # The reader left: the import still runs to its end, sending nothing.
            while not worker.dead:
                message = worker.switch()
        return message[1]

    def _import(self, progress):
        """("result", ImportResult) or ("failure", [messages])."""
        try:
            result, _table = self.run(progress)
        except (ImportFailure, PhotoSourceError) as error:
            return ("failure", getattr(error, "issues", None) or [str(error)])
        except Exception:
            logger.exception("The import of %s failed", self.context["file_name"])
            return ("failure", [_("The import stopped with an error; nothing was written.")])
        import_log_add(result=result, user=self.request.user)
        if result.committed:
            shutil.rmtree(self.folder, ignore_errors=True)
        return ("result", result)

    def _result_html(self, outcome):
        kind, value = outcome
        context = dict(self.context)
        if kind == "failure":
            context["failure"] = value
        else:
            context.update(result=value, rows=_rows_shown(value))
        return render_to_string("core/admin/_import_result.html", context, request=self.request)


def errors_view(request, importer, token, target_id=None):
    """The previewed file with its error column."""
    _target, refusal = _access(request, importer, target_id)
    if refusal:
        return refusal
    folder = _staged(request, importer, token, target_id)
    if folder is None or not (folder / "errors.xlsx").exists():
        raise Http404
    name = Path(json.loads((folder / "meta.json").read_text())["name"]).stem
    response = HttpResponse((folder / "errors.xlsx").read_bytes(), content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{name[:80]}-errors.xlsx"'
    return response


def template_view(request, importer, language, target_id=None):
    """The importer's template with headers in `language`."""
    _target, refusal = _access(request, importer, target_id)
    if refusal:
        return refusal
    if language not in LANGUAGES:
        raise Http404
    response = HttpResponse(template_xlsx(importer.layout, language), content_type=XLSX)
    response["Content-Disposition"] = (
        f'attachment; filename="ashar-{importer.kind}-template-{language}.xlsx"'
    )
    return response


def import_urls(importer):
    """The admin URL patterns of `importer`, under /admin/import/<kind>/ (and the number
    of its target: /admin/import/<kind>/<pk>/)."""
    base = f"import/{importer.kind}/"
    if importer.target is not None:
        base += "<int:target_id>/"
    name = f"ashar_import_{importer.kind}"
    return [
        path(base, upload_view, {"importer": importer}, name=name),
        path(f"{base}confirm/", confirm_view, {"importer": importer}, name=f"{name}_confirm"),
        path(
            f"{base}errors/<str:token>/",
            errors_view,
            {"importer": importer},
            name=f"{name}_errors",
        ),
        path(
            f"{base}template/<str:language>.xlsx",
            template_view,
            {"importer": importer},
            name=f"{name}_template",
        ),
    ]


def import_url(importer, view="", **kwargs):
    name = f"ashar_import_{importer.kind}" + (f"_{view}" if view else "")
    return reverse(name, kwargs=kwargs)


class ImportMenuItem(MenuItem):
    """An importer's entry in the admin menu, shown to who may import (`can_import`)."""

    def is_shown(self, request):
        return can_import(request.user)


def import_menu_item(importer, *, order):
    """The admin menu's entry of `importer` (its title, to its upload page)."""
    return ImportMenuItem(importer.title, import_url(importer), icon_name="upload", order=order)


def importer_register(importer, *, menu_order=None):
    """Register the admin pages of `importer` (`import_urls`) and, given `menu_order`, its
    entry in the admin menu (`import_menu_item`): what an app's `wagtail_hooks` calls once
    for each of its importers."""
    hooks.register("register_admin_urls", lambda: import_urls(importer))
    if menu_order is not None:
        hooks.register(
            "register_admin_menu_item", lambda: import_menu_item(importer, order=menu_order)
        )
