"""Photos that come from outside: checked by their content (the public "share your
initiative" form, the imports), and read from a folder or a ZIP of an import safely.

A ZIP member is refused when its name climbs out of the archive (`../`), is absolute or
is a link; an archive with too many members, or that unpacks to too much (a "ZIP bomb"),
is refused as a whole. A photo is refused when it is not a JPEG, PNG or WebP by its
content, is too large in bytes or in pixels (a decompression bomb, judged from its header
before it is decoded) or does not decode to the end."""

import hashlib
import io
import posixpath
import stat
import warnings
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

# Photo formats accepted, as Pillow names them after reading the file's content.
PHOTO_FORMATS = {"JPEG", "PNG", "WEBP"}
MAX_ARCHIVE_MEMBERS = 5_000
MAX_ARCHIVE_BYTES = 2 * 1024 * 1024 * 1024
PHOTO_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp"}


def photo_check(upload):
    """A photo is accepted when its content (not its name) is a JPEG, PNG or WebP image,
    it is at most PUBLIC_PHOTO_MAX_BYTES and PUBLIC_PHOTO_MAX_PIXELS large, and it decodes
    to the end. A decompression bomb is refused from its header, before it is decoded."""
    name = upload.name
    if upload.size > settings.PUBLIC_PHOTO_MAX_BYTES:
        raise ValidationError(
            _("“%(name)s” is larger than %(size)s MB.")
            % {"name": name, "size": settings.PUBLIC_PHOTO_MAX_BYTES // (1024 * 1024)}
        )
    too_large = _("“%(name)s” has too many pixels (at most %(pixels)s million).") % {
        "name": name,
        "pixels": settings.PUBLIC_PHOTO_MAX_PIXELS // 1_000_000,
    }
    upload.seek(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(upload) as image:
                if image.format not in PHOTO_FORMATS:
                    raise ValidationError(
                        _("“%(name)s” is not a JPEG, PNG or WebP photo.") % {"name": name}
                    )
                width, height = image.size
                if width * height > settings.PUBLIC_PHOTO_MAX_PIXELS:
                    raise ValidationError(too_large)
                # JPEGs decode at a reduced scale: the whole stream is read, cheaply.
                image.draft("RGB", (1024, 1024))
                image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ValidationError(too_large) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise ValidationError(
            _("“%(name)s” is not a photo or is damaged; send it as JPEG, PNG or WebP.")
            % {"name": name}
        ) from None
    finally:
        upload.seek(0)


class PhotoSourceError(ValueError):
    """The folder or ZIP of photos cannot be used; the message says why."""


@dataclass
class Photo:
    """One photo file of an import: its name, its bytes and their SHA-1 (what Wagtail
    keeps as an image's `file_hash`)."""

    name: str
    data: bytes
    # sha1 -> the ValidationError of photo_check or None, shared by the photos of one
    # source: a photo several rows name is decoded once.
    checked: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def sha1(self):
        return hashlib.sha1(self.data).hexdigest()  # noqa: S324 - Wagtail's file_hash

    def upload(self):
        return SimpleUploadedFile(self.name, self.data)

    def check(self):
        """Raises ValidationError when the photo is not acceptable (photo_check)."""
        key = (self.name, self.sha1)
        if key not in self.checked:
            try:
                photo_check(self.upload())
            except ValidationError as error:
                self.checked[key] = error
            else:
                self.checked[key] = None
        if self.checked[key] is not None:
            raise self.checked[key]


def photo_named(record, column, name, photos):
    """The photo called `name` in `photos` (a `PhotoSource`, or None), checked as an image
    an editor may publish; None, with the reason on the import `record`'s `column`, when
    there is no such photo or it is not one."""
    photo = photos.get(name) if photos else None
    if photo is None:
        record.error(column, _("There is no photo “%(name)s”.") % {"name": name})
        return None
    try:
        photo.check()
    except ValidationError as error:
        record.error(column, " ".join(error.messages))
        return None
    return photo


class PhotoSource:
    """The photos of an import by file name (without folders, case-insensitive): from a
    folder, a ZIP (path or bytes), or nothing."""

    def __init__(self, files=None):
        self._files = files or {}  # folded name -> (shown name, loader)
        self._checked = {}  # (name, sha1) -> what Photo.check found

    def __bool__(self):
        return bool(self._files)

    def names(self):
        return sorted(shown for shown, _loader in self._files.values())

    def get(self, name):
        """The Photo called `name`, or None."""
        found = self._files.get(posixpath.basename(name.replace("\\", "/")).casefold())
        if found is None:
            return None
        shown, loader = found
        return Photo(name=shown, data=loader(), checked=self._checked)

    @classmethod
    def empty(cls):
        return cls()

    @classmethod
    def of(cls, photos):
        """The photos an importer was given: a PhotoSource as it is, a path to a folder or
        ZIP read, None kept (an import without photos)."""
        if photos is None or isinstance(photos, cls):
            return photos
        return cls.from_path(photos)

    @classmethod
    def from_path(cls, path):
        path = Path(path)
        if path.is_dir():
            return cls.from_directory(path)
        if not path.is_file():
            raise PhotoSourceError(_("No folder or ZIP file “%(path)s”.") % {"path": path})
        return cls.from_zip(path.read_bytes())

    @classmethod
    def from_directory(cls, root):
        files = {}
        for path in sorted(Path(root).rglob("*")):
            if path.is_symlink() or not path.is_file():
                continue
            if path.suffix.casefold() not in PHOTO_SUFFIXES:
                continue
            if len(files) >= MAX_ARCHIVE_MEMBERS:
                raise PhotoSourceError(_too_many())
            files[path.name.casefold()] = (path.name, path.read_bytes)
        return cls(files)

    @classmethod
    def from_zip(cls, data):
        try:
            archive = zipfile.ZipFile(io.BytesIO(data))
            members = archive.infolist()
        except (zipfile.BadZipFile, OSError, ValueError):
            raise PhotoSourceError(_("The photos file is not a ZIP archive.")) from None
        if len(members) > MAX_ARCHIVE_MEMBERS:
            raise PhotoSourceError(_too_many())
        limit = settings.PUBLIC_PHOTO_MAX_BYTES
        if sum(member.file_size for member in members) > MAX_ARCHIVE_BYTES or any(
            member.file_size > 2 * limit for member in members
        ):
            raise PhotoSourceError(
                _("The ZIP archive unpacks to more than it may (a “ZIP bomb”); it is refused.")
            )
        files = {}
        for member in members:
            name = member.filename
            parts = name.replace("\\", "/").split("/")
            mode = member.external_attr >> 16
            if name.startswith(("/", "\\")) or ".." in parts or (len(name) > 1 and name[1] == ":"):
                raise PhotoSourceError(
                    _(
                        "The ZIP archive holds “%(name)s”, a path outside the archive; "
                        "it is refused."
                    )
                    % {"name": name}
                )
            if stat.S_ISLNK(mode):
                raise PhotoSourceError(
                    _("The ZIP archive holds a link (“%(name)s”); it is refused.") % {"name": name}
                )
            if member.is_dir():
                continue
            base = parts[-1]
            if posixpath.splitext(base)[1].casefold() not in PHOTO_SUFFIXES:
                continue

            def loader(member=member):
                with archive.open(member) as stream:
                    return stream.read(limit + 1)

            files[base.casefold()] = (base, loader)
        return cls(files)


def _too_many():
    return _("There are more than %(count)s photos; import them in parts.") % {
        "count": MAX_ARCHIVE_MEMBERS
    }
