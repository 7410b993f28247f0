"""What wagtail-localize does with a page's relations to reference snippets."""

from wagtail_localize.fields import SynchronizedField


def synchronised_snippets(*names):
    """`override_translatable_fields` for a page's foreign keys and many-to-many fields to
    translatable snippets (programme, topics, region, vulnerable groups …).

    Left to itself, wagtail-localize ignores many-to-many fields (a sync leaves the
    translation with the topics it had when it was created), and treats a foreign key to
    a snippet as a related object that it translates along with the page, overwriting
    the snippet's existing Russian or English translation with untranslated Kyrgyz text.
    Declared synchronised, the source's values are copied on every sync, and
    core.signals moves them into the translation's locale before it is saved. Not
    overridable: a translator does not choose topics."""
    return [SynchronizedField(name, overridable=False) for name in names]
