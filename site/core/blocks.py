"""Shared StreamField blocks; app blocks extend these."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock


class HeadingBlock(blocks.StructBlock):
    """A section heading inside a body."""

    text = blocks.CharBlock(label=_("Heading"), max_length=200)

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "core/blocks/heading_block.html"


class ParagraphBlock(blocks.RichTextBlock):
    """Running text with links and lists."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", ["bold", "italic", "link", "document-link", "ol", "ul", "h3"])
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        template = "core/blocks/paragraph_block.html"


class CaptionedImageBlock(blocks.StructBlock):
    """A photo with caption and credit."""

    image = ImageChooserBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=255)
    credit = blocks.CharBlock(label=_("Credit"), required=False, max_length=255)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "core/blocks/captioned_image_block.html"


class QuoteBlock(blocks.StructBlock):
    """Words of a resident, an official or a project worker."""

    text = blocks.TextBlock(label=_("Quote"))
    author = blocks.CharBlock(label=_("Who said it"), required=False, max_length=120)
    role = blocks.CharBlock(label=_("Role"), required=False, max_length=120)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "core/blocks/quote_block.html"


class DocumentLinkBlock(blocks.StructBlock):
    """A downloadable document with a readable title."""

    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=255)

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "core/blocks/document_link_block.html"


class BodyStreamBlock(blocks.StreamBlock):
    """The body of standard pages, news and stories."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    document = DocumentLinkBlock()

    class Meta:
        template = "core/blocks/body_stream_block.html"
