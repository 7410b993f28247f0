"""Safe spreadsheet cells, shared by the exports (partners/exports.py) and the imports
(core/imports.py): text a spreadsheet would run as a formula is made inert, control
characters that make an invalid workbook are dropped, and a text cell is always text."""

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text):
    """Text a spreadsheet would take for a formula, made inert with a leading apostrophe."""
    if text and text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def unneutralise(text):
    """The text `neutralise` made inert, as it was: "'=x" is "=x" again; other text as it is."""
    if text and text.startswith("'") and text[1:].startswith(FORMULA_STARTS):
        return text[1:]
    return text


def text_cell(sheet, value, font=None, fill=None):
    """A write-only cell of `sheet` holding `value`; text is stored as text (never a
    formula, whatever it starts with), without the control characters (a NUL in a query,
    a stray one pasted into a title) that openpyxl refuses."""
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str):
        cell.data_type = "s"
    if font is not None:
        cell.font = font
    if fill is not None:
        cell.fill = fill
    return cell
