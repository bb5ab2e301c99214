"""Translations made through wagtail-localize, exactly as if a translator had used its editor.

For each target language the demo builds, in memory, the object as it should read in that
language. Segments are extracted from the source and from that in-memory version with
wagtail-localize's own extractor and paired by content path: every string becomes a
``StringTranslation`` and every changed overridable value (a page chosen in a block, a
document) a ``SegmentOverride``. ``Translation.save_target`` then writes the target object.
Editors later open these pages in wagtail-localize's translation editor like any other.
"""

import json
from collections import defaultdict

from django.core.serializers.json import DjangoJSONEncoder

from wagtail.models import Page
from wagtail_localize.models import (
    SegmentOverride,
    StringSegment,
    StringTranslation,
    TranslationContext,
    TranslationSource,
)
from wagtail_localize.models import Translation as LocalizeTranslation
from wagtail_localize.segments import (
    OverridableSegmentValue,
    RelatedObjectSegmentValue,
    StringSegmentValue,
    TemplateSegmentValue,
)
from wagtail_localize.segments.extract import extract_segments

from demo.core import DemoContentError


def _by_path(segments, kind):
    grouped = defaultdict(list)
    for segment in segments:
        if isinstance(segment, kind):
            grouped[segment.path].append(segment)
    return grouped


def pair_segments(source_instance, target_instance):
    """Strings and overridable values of the target, keyed like the source's segments.

    Returns ``(strings, overrides, source segments)``: ``strings`` maps ``(path, source string
    data)`` to the target string data; ``overrides`` maps a path to the target's value where it
    differs. Raises DemoContentError when the two versions are not built alike.
    """
    source_segments = extract_segments(source_instance)
    target_segments = extract_segments(target_instance)
    label = f"{source_instance.__class__.__name__} {source_instance}"

    source_templates = _by_path(source_segments, TemplateSegmentValue)
    target_templates = _by_path(target_segments, TemplateSegmentValue)
    for path, templates in source_templates.items():
        theirs = [t.template for t in target_templates.get(path, [])]
        if [t.template for t in templates] != theirs:
            raise DemoContentError(f"{label}: rich text at {path!r} is structured differently")

    strings = {}
    target_strings = _by_path(target_segments, StringSegmentValue)
    for path, segments in _by_path(source_segments, StringSegmentValue).items():
        translated = target_strings.get(path, [])
        if len(translated) != len(segments):
            raise DemoContentError(
                f"{label}: {len(segments)} strings at {path!r} in the source, "
                f"{len(translated)} in the translation"
            )
        for source_segment, target_segment in zip(segments, translated, strict=True):
            strings[(path, source_segment.string.data)] = target_segment.string.data

    overrides = {}
    target_overridables = {
        s.path: s for s in target_segments if isinstance(s, OverridableSegmentValue)
    }
    for segment in source_segments:
        if isinstance(segment, OverridableSegmentValue):
            target_segment = target_overridables.get(segment.path)
            if target_segment is not None and target_segment.data != segment.data:
                overrides[segment.path] = target_segment.data
    return strings, overrides, source_segments


def _check_related_objects(segments, locale, label):
    for segment in segments:
        if isinstance(segment, RelatedObjectSegmentValue):
            model = segment.content_type.model_class()
            if not model.objects.filter(
                translation_key=segment.translation_key, locale=locale
            ).exists():
                raise DemoContentError(
                    f"{label}: {model.__name__} {segment.translation_key} must be translated "
                    f"into {locale.language_code} first"
                )


def record_translations(source, target_instance, locale):
    """Store the target's strings and overrides as wagtail-localize translation data."""
    source_instance = source.as_instance()
    strings, overrides, source_segments = pair_segments(source_instance, target_instance)
    _check_related_objects(source_segments, locale, str(source_instance))

    contexts = {
        context.path: context
        for context in TranslationContext.objects.filter(object_id=source.object_id)
    }
    string_segments = StringSegment.objects.filter(source=source).select_related(
        "string", "context"
    )
    existing = {
        (t.translation_of_id, t.context_id): t
        for t in StringTranslation.objects.filter(
            locale=locale, context__object_id=source.object_id
        )
    }
    for segment in string_segments:
        data = strings.get((segment.context.path, segment.string.data))
        if data is None:
            raise DemoContentError(
                f"{source_instance}: no translation for {segment.context.path!r} "
                f"into {locale.language_code}"
            )
        current = existing.get((segment.string_id, segment.context_id))
        if current is None:
            StringTranslation.objects.create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                data=data,
                translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
            )
        elif current.data != data or current.has_error:
            current.data = data
            current.has_error = False
            current.field_error = ""
            current.save()

    SegmentOverride.objects.filter(locale=locale, context__object_id=source.object_id).exclude(
        context__path__in=list(overrides)
    ).delete()
    for path, data in overrides.items():
        SegmentOverride.objects.update_or_create(
            locale=locale,
            context=contexts[path],
            defaults={"data_json": json.dumps(data, cls=DjangoJSONEncoder)},
        )


def translate(source_object, target_instance, locale, before_publish=None):
    """Create or update the translation of ``source_object`` into ``locale``.

    ``target_instance`` is an unsaved object holding the content in the target language.
    Pages are published; ``before_publish(page)`` may first adjust what wagtail-localize
    neither translates nor synchronises (per-language tags).
    """
    source, _created = TranslationSource.update_or_create_from_instance(source_object)
    translation, _created = LocalizeTranslation.objects.get_or_create(
        source=source, target_locale=locale
    )
    if not translation.enabled:
        translation.enabled = True
        translation.save(update_fields=["enabled"])
    record_translations(source, target_instance, locale)

    if not isinstance(source_object, Page):
        translation.save_target(publish=True)
        return translation.get_target_instance()

    # save_target(publish=True) publishes in a transaction.on_commit callback, which never runs
    # inside the single transaction the demo loads in (nor inside a test): publish here instead.
    translation.save_target(publish=False)
    page = translation.get_target_instance().specific
    if before_publish is not None:
        before_publish(page)
        revision = page.save_revision()
    else:
        revision = page.get_latest_revision()
    revision.publish()
    return page
