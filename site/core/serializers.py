"""API v2 representations of reference snippets: readable slugs and names, not bare ids."""

from rest_framework import serializers


class ReferenceSerializer(serializers.Serializer):
    """A region, district, topic or vulnerable group as {slug, name}."""

    slug = serializers.CharField()
    name = serializers.CharField()


class ProgrammeSerializer(ReferenceSerializer):
    """A programme as {slug, name, abbreviation}."""

    abbreviation = serializers.CharField()
